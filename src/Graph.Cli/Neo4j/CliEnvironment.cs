using Graph.Import.Neo4j;
using Graph.Neo4j.Database;

namespace Graph.Cli.Neo4j;

/// <summary>
/// What the commands take from outside the command line: environment variables, a password typed at the terminal,
/// and the connection to Neo4j. Tests replace each, so commands are tested without a terminal or a server.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>The process's environment and terminal, and the Bolt client.</summary>
    public static CliEnvironment Default { get; } = new();

    /// <summary>Reads an environment variable; null when it is not set.</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// Asks for the password with the given prompt, without echoing it; null when there is no terminal to ask at
    /// (standard input redirected).
    /// </summary>
    public Func<string, string?> ReadPassword { get; init; } = ConsolePassword.Read;

    /// <summary>Opens a session to the database of a connection; connecting may happen lazily, on the first statement.</summary>
    public Func<Neo4jConnection, ICypherSession> Connect { get; init; } = BoltCypherSession.Open;
}
