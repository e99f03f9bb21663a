namespace Graph.TestSupport;

/// <summary>Folders of the repository, found from the test binaries (never from a fixed path).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds Graph.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>samples/: the project's own fictional articles.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>tests/checkers: the Node.js checkers.</summary>
    public static string Checkers => Path.Combine(Root, "tests", "checkers");

    /// <summary>graph-schema/schema.cypher.</summary>
    public static string SchemaCypher => Path.Combine(Root, "graph-schema", "schema.cypher");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Graph.sln above {AppContext.BaseDirectory}");
    }
}
