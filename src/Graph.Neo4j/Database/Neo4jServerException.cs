namespace Graph.Neo4j.Database;

/// <summary>The server refused a statement or a request and said why: its status code and message.</summary>
public sealed class Neo4jServerException : Exception
{
    /// <summary>Creates the exception from the server's FAILURE.</summary>
    public Neo4jServerException(string code, string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>Creates an exception with no server code.</summary>
    public Neo4jServerException() : this("", "") { }

    /// <summary>Creates an exception with no server code.</summary>
    public Neo4jServerException(string message) : this("", message) { }

    /// <summary>Creates an exception with no server code.</summary>
    public Neo4jServerException(string message, Exception innerException) : this("", message, false, innerException) { }

    /// <summary>Creates an exception with a server code that is not transient.</summary>
    public Neo4jServerException(string code, string message) : this(code, message, false) { }

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>Whether running the same work again may succeed (<c>Neo.TransientError.*</c>: deadlocks, leader changes).</summary>
    public bool IsTransient { get; }

    /// <summary>The code and message as one line, as Neo4j's own tools print them.</summary>
    public override string ToString() => Code.Length > 0 ? $"{Code}: {Message}" : Message;
}
