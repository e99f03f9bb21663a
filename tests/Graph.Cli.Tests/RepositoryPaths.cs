namespace Graph.Cli.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Checkers => Path.Combine(Root, "tests", "checkers");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (the folder holding Graph.sln) above " + AppContext.BaseDirectory);
    }
}
