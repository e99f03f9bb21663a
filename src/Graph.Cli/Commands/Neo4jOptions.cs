using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Graph.Cli.Neo4j;
using Graph.Import.Neo4j;

namespace Graph.Cli.Commands;

/// <summary>
/// The options that say which Neo4j to talk to, shared by every command that does: <c>--neo4j [URI]</c>,
/// <c>--database</c>, <c>--user</c>, with the defaults of Neo4j's own tools from <c>NEO4J_URI</c>,
/// <c>NEO4J_DATABASE</c> and <c>NEO4J_USERNAME</c>. There is deliberately no password option: a password on a
/// command line lands in shell histories and process lists, so it comes from <c>NEO4J_PASSWORD</c> or is typed
/// when asked.
/// </summary>
public sealed partial class Neo4jOptions
{
    private static readonly string[] Schemes = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+:[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex HostAndPort();

    private Neo4jOptions(Option<string?> uri, Option<string?> database, Option<string?> user, Option<int> connectTimeout, Option<int> readTimeout)
    {
        Uri = uri;
        Database = database;
        User = user;
        ConnectTimeout = connectTimeout;
        ReadTimeout = readTimeout;
    }

    /// <summary><c>--neo4j-connect-timeout SECONDS</c>.</summary>
    public Option<int> ConnectTimeout { get; }

    /// <summary><c>--neo4j-read-timeout SECONDS</c>: how long one answer may take.</summary>
    public Option<int> ReadTimeout { get; }

    /// <summary><c>--neo4j [URI]</c>: given without a value, the URI comes from NEO4J_URI.</summary>
    public Option<string?> Uri { get; }

    /// <summary><c>--database NAME</c>.</summary>
    public Option<string?> Database { get; }

    /// <summary><c>--user NAME</c>.</summary>
    public Option<string?> User { get; }

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [Uri, Database, User, ConnectTimeout, ReadTimeout];

    /// <summary>Creates the options; <paramref name="uriDescription"/> says what <c>--neo4j</c> does for the command.</summary>
    public static Neo4jOptions Create(string uriDescription)
    {
        var uri = new Option<string?>("--neo4j")
        {
            Description = uriDescription +
                $" URI schemes: neo4j:// (routing), bolt:// (one server), with +s (TLS) or +ssc (TLS, any certificate); host:port means neo4j://host:port." +
                $" Without a value: ${Neo4jEnvironmentVariables.Uri}, else {Neo4jEnvironmentVariables.DefaultUri}." +
                $" The password comes from ${Neo4jEnvironmentVariables.Password}, or is asked for at the terminal; it is never an option.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "URI",
            // A bare --neo4j means "the default"; an empty string stands for it, so it differs from "not given" (null).
            CustomParser = result => result.Tokens.Count == 0 ? "" : result.Tokens[0].Value,
        };
        uri.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (!string.IsNullOrEmpty(value) && Check(value, "--neo4j") is { } problem) result.AddError(problem);
        });
        var database = new Option<string?>("--database", "-d")
        {
            Description = $"The database to use. Default: ${Neo4jEnvironmentVariables.Database}, else the server's default database.",
            HelpName = "NAME",
        };
        var user = new Option<string?>("--user", "-u")
        {
            Description = $"The user to log in as. Default: ${Neo4jEnvironmentVariables.UserName}, else {Neo4jEnvironmentVariables.DefaultUser}.",
            HelpName = "NAME",
        };
        var connectTimeout = TimeoutOption.Create("--neo4j-connect-timeout", "How long to wait for a connection to Neo4j (TCP, TLS and the Bolt handshake)",
            (int)Neo4jConnection.DefaultConnectTimeout.TotalSeconds);
        var readTimeout = TimeoutOption.Create("--neo4j-read-timeout", "How long to wait for each answer from Neo4j (a batch of --batch-size rows can keep a server busy)",
            (int)Neo4jConnection.DefaultReadTimeout.TotalSeconds);
        return new Neo4jOptions(uri, database, user, connectTimeout, readTimeout);
    }

    /// <summary>Whether <c>--neo4j</c> was given, with or without a value.</summary>
    public bool IsGiven(ParseResult parse) => parse.GetResult(Uri) is { Implicit: false };

    /// <summary>
    /// Settles the connection from the options, then the environment, then the defaults, and gets the password
    /// (from NEO4J_PASSWORD, else by asking). Null, with the reason printed on <paramref name="error"/>, when that fails.
    /// </summary>
    public Neo4jConnection? Resolve(ParseResult parse, CliEnvironment environment, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(error);
        string? Variable(string name) => environment.GetVariable(name) is { Length: > 0 } value ? value : null;

        var given = parse.GetValue(Uri);
        var (text, from) = !string.IsNullOrEmpty(given) ? (given, "--neo4j")
            : Variable(Neo4jEnvironmentVariables.Uri) is { } fromEnvironment ? (fromEnvironment, Neo4jEnvironmentVariables.Uri)
            : (Neo4jEnvironmentVariables.DefaultUri, "the default");
        if (Check(text, from) is { } problem)
        {
            error.WriteLine($"graph: error: {problem}");
            return null;
        }
        var uri = new Uri(HostAndPort().IsMatch(text) ? "neo4j://" + text : text);
        var user = parse.GetValue(User) ?? Variable(Neo4jEnvironmentVariables.UserName) ?? Neo4jEnvironmentVariables.DefaultUser;
        if (string.IsNullOrWhiteSpace(user))
        {
            // The Bolt client refuses an empty user name; say so here rather than fail later as an internal error.
            error.WriteLine($"graph: error: --user: the user name is empty; give one, or leave --user out for ${Neo4jEnvironmentVariables.UserName} or {Neo4jEnvironmentVariables.DefaultUser}");
            return null;
        }
        var database = parse.GetValue(Database) ?? Variable(Neo4jEnvironmentVariables.Database);

        var target = database is null ? uri.OriginalString : $"{uri.OriginalString} (database {database})";
        var password = Variable(Neo4jEnvironmentVariables.Password) ?? environment.ReadPassword($"Password for {user} at {target}: ");
        if (password is null)
        {
            error.WriteLine(
                $"graph: error: no password for {user} at {target}: set ${Neo4jEnvironmentVariables.Password}, or run in a terminal to be asked for it " +
                "(a password is never given as an option)");
            return null;
        }
        return new Neo4jConnection(uri, user, password, database)
        {
            ConnectTimeout = TimeSpan.FromSeconds(parse.GetValue(ConnectTimeout)),
            ReadTimeout = TimeSpan.FromSeconds(parse.GetValue(ReadTimeout)),
        };
    }

    /// <summary>Why <paramref name="text"/> is not a URI to connect to, or null when it is one.</summary>
    private static string? Check(string text, string from)
    {
        if (HostAndPort().IsMatch(text))
        {
            // The pattern allows five digits; System.Uri (and TCP) stop at 65535.
            return int.Parse(text[(text.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 65535
                ? null
                : $"{from}: '{text}' has no valid port (1 to 65535)";
        }
        // Never echo a value with credentials in it (user:password@host): the message would print the password.
        var credentials = $"{from}: the URI holds credentials; give the user with --user or ${Neo4jEnvironmentVariables.UserName}, and the password in ${Neo4jEnvironmentVariables.Password}";
        if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri) || !text.Contains("://", StringComparison.Ordinal))
        {
            if (text.Contains('@', StringComparison.Ordinal)) return credentials;
            return $"{from}: '{text}' is not a Neo4j URI such as {Neo4jEnvironmentVariables.DefaultUri}" +
                   (from == "--neo4j" ? $" (to take the URI from ${Neo4jEnvironmentVariables.Uri}, give --neo4j after the inputs, or as --neo4j=)" : "");
        }
        if (uri.UserInfo.Length > 0 || text.Contains('@', StringComparison.Ordinal)) return credentials;
        if (!Schemes.Contains(uri.Scheme)) return $"{from}: '{uri.Scheme}://' is not a Neo4j scheme; use one of {string.Join(", ", Schemes.Select(s => s + "://"))}";
        if (uri.Host.Length == 0) return $"{from}: '{text}' names no host";
        // Only neo4j:// routes; the Bolt client refuses a routing context on bolt:// (Neo4j's drivers do the same).
        if (uri.Query.Length > 0 && uri.Scheme.StartsWith("bolt", StringComparison.Ordinal))
        {
            return $"{from}: a routing context ({uri.Query}) needs a neo4j:// URI, not {uri.Scheme}://";
        }
        return null;
    }
}
