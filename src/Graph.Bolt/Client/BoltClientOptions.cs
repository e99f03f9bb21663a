using System.Security.Cryptography.X509Certificates;
using Graph.Bolt.Messages;

namespace Graph.Bolt.Client;

/// <summary>
/// How to reach Neo4j: the URI (<c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c>,
/// <c>neo4j://</c>, <c>neo4j+s://</c>, <c>neo4j+ssc://</c>), credentials, database, timeouts.
/// A record, so that <c>with</c> makes variants; its <see cref="ToString"/> is overridden so that
/// the password never appears in it.
/// </summary>
public sealed record BoltClientOptions
{
    /// <summary>The server or cluster, e.g. <c>neo4j://localhost:7687</c>. For <c>neo4j</c> schemes the query string is the routing context.</summary>
    public required Uri Uri { get; init; }

    /// <summary>The user name; null to connect without authentication (<c>scheme: "none"</c>).</summary>
    public string? User { get; init; }

    /// <summary>The password.</summary>
    public string? Password { get; init; }

    /// <summary>The database; null for the user's home database.</summary>
    public string? Database { get; init; }

    /// <summary>The user to impersonate (<c>imp_user</c>), or null.</summary>
    public string? ImpersonatedUser { get; init; }

    /// <summary>Time allowed to open a connection: TCP, TLS, handshake and logon together.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Time allowed for each answer from the server; <see cref="Timeout.InfiniteTimeSpan"/> waits for ever.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The user agent sent in HELLO.</summary>
    public string UserAgent { get; init; } = "Graph/1.0";

    /// <summary>For <c>+s</c> schemes: a root certificate to trust besides the system store (e.g. a private CA).</summary>
    public X509Certificate2? TrustedRootCertificate { get; init; }

    /// <summary>Records per PULL; -1 for all at once.</summary>
    public int FetchSize { get; init; } = 1000;

    /// <summary>Connections per server, in use and idle together.</summary>
    public int MaxConnectionPoolSize { get; init; } = 16;

    /// <summary>Retries of a transaction function after the first attempt; 0 for none.</summary>
    public int MaxRetryAttempts { get; init; } = 5;

    /// <summary>The delay before the first retry; it doubles with each retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest delay between retries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Which notifications the server should send (Bolt 5.2+); null for its default.</summary>
    public NotificationFilter? Notifications { get; init; }

    /// <summary>
    /// Options from the environment variables of Neo4j's own tools: <c>NEO4J_URI</c> (default
    /// <c>neo4j://localhost:7687</c>), <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>.
    /// </summary>
    /// <param name="getVariable">Reads a variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</param>
    /// <exception cref="ArgumentException"><c>NEO4J_URI</c> is not an absolute URI.</exception>
    public static BoltClientOptions FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var uriText = NonEmpty(getVariable("NEO4J_URI")) ?? "neo4j://localhost:7687";
        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"NEO4J_URI is not an absolute URI: '{uriText}'", nameof(getVariable));
        }

        return new BoltClientOptions
        {
            Uri = uri,
            User = NonEmpty(getVariable("NEO4J_USERNAME")),
            Password = getVariable("NEO4J_PASSWORD"),
            Database = NonEmpty(getVariable("NEO4J_DATABASE")),
        };
    }

    /// <summary>The options with the password hidden.</summary>
    public override string ToString() =>
        $"{{uri: {Uri}, user: {User ?? "(none)"}, password: {(Password is null ? "(none)" : "******")}, database: {Database ?? "(home)"}}}";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
