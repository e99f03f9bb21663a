namespace Graph.Cli.Neo4j;

/// <summary>The environment variables Neo4j's own tools (cypher-shell, neo4j-admin) read, which Graph reads too.</summary>
public static class Neo4jEnvironmentVariables
{
    /// <summary>The server's URI when <c>--neo4j</c> gives none.</summary>
    public const string Uri = "NEO4J_URI";

    /// <summary>The user when <c>--user</c> gives none.</summary>
    public const string UserName = "NEO4J_USERNAME";

    /// <summary>The password; the only way to give it besides typing it when asked.</summary>
    public const string Password = "NEO4J_PASSWORD";

    /// <summary>The database when <c>--database</c> gives none.</summary>
    public const string Database = "NEO4J_DATABASE";

    /// <summary>The URI used when neither <c>--neo4j</c> nor <see cref="Uri"/> gives one (cypher-shell's default).</summary>
    public const string DefaultUri = "neo4j://localhost:7687";

    /// <summary>The user when neither <c>--user</c> nor <see cref="UserName"/> gives one.</summary>
    public const string DefaultUser = "neo4j";
}
