using BenchmarkDotNet.Attributes;
using Graph.Documents;

namespace Graph.Benchmarks;

/// <summary>
/// Reading articles: the whole reader on the corpus folder (walking, decoding, layout analysis), and layout analysis
/// alone on texts already in memory (dateline, title, paragraphs, boilerplate).
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmark
{
    private readonly List<(string Name, string Text)> _texts = [];

    [GlobalSetup]
    public void Setup() => _texts.AddRange(BenchCorpus.Files().Select(f => (Path.GetFileName(f), File.ReadAllText(f))));

    [Benchmark]
    public async Task<int> ReadFolder()
    {
        var characters = 0;
        await foreach (var read in new DocumentReader(new ReaderOptions()).ReadAsync([BenchCorpus.Folder]))
        {
            characters += read.Document?.Text.Length ?? 0;
        }
        return characters;
    }

    [Benchmark]
    public int LayoutOnly()
    {
        var characters = 0;
        foreach (var (name, text) in _texts) characters += DocumentFactory.Create(name, text).Text.Length;
        return characters;
    }
}
