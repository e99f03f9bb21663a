namespace Graph.Bolt;

/// <summary>
/// The peer broke the Bolt protocol: it is not a Bolt server, it agreed to no offered version,
/// or it sent bytes or a message that make no sense at this point. The connection is closed.
/// </summary>
public sealed class BoltProtocolException : BoltException
{
    /// <summary>Creates the error with a message that says what was wrong.</summary>
    public BoltProtocolException(string message) : base(message)
    {
    }

    /// <summary>Creates the error with a message and the exception that revealed it.</summary>
    public BoltProtocolException(string message, Exception? innerException) : base(message, innerException)
    {
    }
}
