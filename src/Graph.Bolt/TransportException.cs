using System.Security.Authentication;

namespace Graph.Bolt;

/// <summary>
/// The connection failed: it could not be opened, the TLS handshake failed, the server closed it,
/// or no answer came within the read timeout. The connection is marked broken and closed.
/// </summary>
public sealed class TransportException : BoltException
{
    /// <summary>Creates the error with a message that says what failed and where.</summary>
    public TransportException(string message) : base(message)
    {
    }

    /// <summary>Creates the error around the <see cref="IOException"/> or socket error that caused it.</summary>
    public TransportException(string message, Exception? innerException) : base(message, innerException)
    {
    }

    /// <summary>
    /// False when trying again cannot help: a certificate that failed verification stays wrong.
    /// Everything else (refused, reset, timed out) may succeed on another attempt or another server.
    /// </summary>
    public bool IsRetryable => InnerException is not AuthenticationException;
}
