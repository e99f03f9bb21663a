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

    /// <summary>The database; null for the server's default database.</summary>
    public string? Database { get; }

    /// <summary>Where the connection goes, for messages: the URI and, when one was chosen, the database.</summary>
    public string Target => Database is null ? Uri.OriginalString : $"{Uri.OriginalString} (database {Database})";

    /// <summary>The target and the user; never the password.</summary>
    public override string ToString() => $"{Target} as {User}";
}
