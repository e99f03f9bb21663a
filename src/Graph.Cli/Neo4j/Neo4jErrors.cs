using Graph.Documents;
using Graph.Import.Neo4j;
using Graph.Neo4j.Database;

namespace Graph.Cli.Neo4j;

/// <summary>Turns what went wrong with the server into one line for the user and an exit code.</summary>
public static class Neo4jErrors
{
    /// <summary>Whether <paramref name="exception"/> is one <see cref="Report"/> explains.</summary>
    public static bool IsReported(Exception exception) => exception is Neo4jServerException or Neo4jConnectionException;

    /// <summary>
    /// Prints the server's code and message (<c>Neo.ClientError.Statement.SyntaxError: ...</c>), or where the
    /// connection was tried and why it failed, and returns <see cref="ExitCodes.ServerError"/> or <see cref="ExitCodes.Unavailable"/>.
    /// </summary>
    public static int Report(Exception exception, Neo4jConnection connection, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(error);
        switch (exception)
        {
            case Neo4jServerException server:
                error.WriteLine($"graph: error: {DisplayText.Escape(Redact(server.ToString(), connection))}");
                if (server.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
                {
                    error.WriteLine($"graph: check the user ({connection.User}) and ${Neo4jEnvironmentVariables.Password} for {connection.Target}");
                }
                return ExitCodes.ServerError;
            case Neo4jConnectionException lost:
                error.WriteLine($"graph: error: cannot connect to Neo4j at {connection.Target}: {DisplayText.Escape(Redact(lost.Message, connection))}");
                return ExitCodes.Unavailable;
            default:
                throw new ArgumentException($"not a Neo4j error: {exception.GetType().Name}", nameof(exception));
        }
    }

    /// <summary>No message leaves with the password in it, whatever a server or a socket put in its text.</summary>
    internal static string Redact(string text, Neo4jConnection connection) =>
        connection.Password.Length >= 3 ? text.Replace(connection.Password, "***", StringComparison.Ordinal) : text;
}
