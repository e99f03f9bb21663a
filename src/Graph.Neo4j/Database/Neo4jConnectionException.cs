namespace Graph.Neo4j.Database;

/// <summary>
/// No conversation with the server: it could not be reached, the handshake failed, or the connection broke
/// mid-way. The message says where it tried and why; the work may be retried once the server is back.
/// </summary>
public sealed class Neo4jConnectionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jConnectionException() { }

    /// <summary>Creates the exception.</summary>
    public Neo4jConnectionException(string message) : base(message) { }

    /// <summary>Creates the exception around the transport's error.</summary>
    public Neo4jConnectionException(string message, Exception innerException) : base(message, innerException) { }
}
