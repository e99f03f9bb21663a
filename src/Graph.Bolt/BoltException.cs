namespace Graph.Bolt;

/// <summary>The base of every error this library raises about the server or the wire.</summary>
/// <remarks>
/// Three kinds derive from it: <see cref="ServerException"/> (the server said FAILURE),
/// <see cref="TransportException"/> (the connection failed) and <see cref="BoltProtocolException"/>
/// (the peer broke the protocol). Misuse of the API raises the usual <see cref="ArgumentException"/>
/// or <see cref="InvalidOperationException"/> instead.
/// </remarks>
public abstract class BoltException : Exception
{
    /// <summary>Creates an error with a message.</summary>
    protected BoltException(string message) : base(message)
    {
    }

    /// <summary>Creates an error with a message and the exception that caused it.</summary>
    protected BoltException(string message, Exception? innerException) : base(message, innerException)
    {
    }
}
