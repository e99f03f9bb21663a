namespace Graph.Bolt;

/// <summary>
/// A FAILURE the server reported (Bolt message spec, FAILURE: <c>code</c> and <c>message</c>).
/// The connection survives it: the client sends RESET before this is thrown.
/// </summary>
public sealed class ServerException : BoltException
{
    /// <summary>The leader moved: the write must go to the new leader.</summary>
    public const string NotALeader = "Neo.ClientError.Cluster.NotALeader";

    /// <summary>A write reached a read-only member (a follower): the routing table is stale.</summary>
    public const string ForbiddenOnReadOnlyDatabase = "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";

    /// <summary>The transaction was terminated by a user; transient by code, never worth a retry.</summary>
    public const string TransactionTerminated = "Neo.TransientError.Transaction.Terminated";

    /// <summary>The transaction's locks were released by a terminate; never worth a retry.</summary>
    public const string LockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";

    /// <summary>Creates the error from the fields of a FAILURE message.</summary>
    /// <param name="code">The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
    /// <param name="message">The server's explanation.</param>
    public ServerException(string code, string message) : base($"{code}: {message}")
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        ServerMessage = message ?? string.Empty;
    }

    /// <summary>The Neo4j status code, <c>Neo.[Classification].[Category].[Title]</c>.</summary>
    public string Code { get; }

    /// <summary>The server's message, without the code.</summary>
    public string ServerMessage { get; }

    /// <summary>The classification part of the code: ClientError, ClientNotification, TransientError or DatabaseError.</summary>
    public string Classification => Code.Split('.') is [_, var classification, ..] ? classification : string.Empty;

    /// <summary>True for every <c>Neo.TransientError.*</c> code: trying again later may succeed.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    /// <summary>
    /// True when a transaction function should run again: transient errors (except a terminated
    /// transaction, which a user asked for), and the two cluster errors that mean the routing table
    /// named the wrong writer.
    /// </summary>
    public bool IsRetryable =>
        (IsTransient && Code is not (TransactionTerminated or LockClientStopped))
        || Code is NotALeader or ForbiddenOnReadOnlyDatabase;

    /// <summary>True for <c>Neo.ClientError.Security.*</c>: wrong credentials or no permission, never retried.</summary>
    public bool IsSecurityError => Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);

    /// <summary>
    /// True when the connection's authentication is no longer valid (unauthorized, expired
    /// authorization or token): the connection is closed rather than RESET.
    /// </summary>
    public bool InvalidatesAuthentication => Code is "Neo.ClientError.Security.Unauthorized"
        or "Neo.ClientError.Security.AuthorizationExpired" or "Neo.ClientError.Security.TokenExpired";

    /// <summary>True when the routing table must drop the writer that reported this.</summary>
    public bool IsRoutingError => Code is NotALeader or ForbiddenOnReadOnlyDatabase;
}
