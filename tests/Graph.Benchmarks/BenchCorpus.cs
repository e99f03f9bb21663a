using Graph.Documents;

namespace Graph.Benchmarks;

/// <summary>The articles every benchmark reads: the text files of GRAPH_BENCH_CORPUS, by default the repository's samples.</summary>
public static class BenchCorpus
{
    /// <summary>The corpus folder.</summary>
    public static string Folder { get; } = Environment.GetEnvironmentVariable("GRAPH_BENCH_CORPUS")
        ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples");

    /// <summary>The text files of the corpus, in ordinal order.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The corpus's articles, read and laid out once.</summary>
    public static IEnumerable<SourceDocument> Documents() =>
        Files().Select(f => DocumentFactory.Create(Path.GetFileName(f), File.ReadAllText(f)));
}
