namespace Graph.Import.Neo4j;

/// <summary>
/// Where and as whom to connect to Neo4j. The password is held for the client alone: <see cref="ToString"/> and
/// <see cref="Target"/> never include it, so no message or log can print it by accident.
/// </summary>
public sealed class Neo4jConnection
{
    /// <summary>Creates the settings.</summary>
    public Neo4jConnection(Uri uri, string user, string password, string? database)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        Uri = uri;
        User = user;
        Password = password;
        Database = database;
    }

    /// <summary>The server: <c>neo4j://</c>, <c>bolt://</c> and their <c>+s</c>/<c>+ssc</c> forms, without credentials.</summary>
    public Uri Uri { get; }

    /// <summary>The user name.</summary>
    public string User { get; }

    /// <summary>The password. Never printed.</summary>
    public string Password { get; }

    /// <summary>The connect timeout unless one is given: TCP, TLS and the Bolt handshake.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The read timeout unless one is given: a batch of 10,000 rows can keep a server busy for a while.</summary>
    public static readonly TimeSpan DefaultReadTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How long to wait for a connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultConnectTimeout;

    /// <summary>How long to wait for each answer from the server.</summary>
    public TimeSpan ReadTimeout { get; init; } = DefaultReadTimeout;

    /// <summary>The database; null for the server's default database.</summary>
    public string? Database { get; }

    /// <summary>Where the connection goes, for messages: the URI and, when one was chosen, the database.</summary>
    public string Target => Database is null ? Uri.OriginalString : $"{Uri.OriginalString} (database {Database})";

    /// <summary>The target and the user; never the password.</summary>
    public override string ToString() => $"{Target} as {User}";
}
