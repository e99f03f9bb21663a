using BenchmarkDotNet.Attributes;
using Graph.Model;
using Graph.Neo4j.Export;
using Graph.Rdf;

namespace Graph.Benchmarks;

/// <summary>Every output format's writer alone, on the graph of the corpus (built once), to a null stream or a scratch folder.</summary>
[MemoryDiagnoser]
public class WriterBenchmark
{
    private GraphContent? _graph;
    private string? _scratch;

    [GlobalSetup]
    public void Setup()
    {
        _graph = CorpusGraph.BuildAsync(BenchCorpus.Folder).GetAwaiter().GetResult();
        _scratch = Directory.CreateTempSubdirectory("graph-bench-csv-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _graph?.Dispose();
        if (_scratch is not null) Directory.Delete(_scratch, recursive: true);
    }

    [Benchmark]
    public Task NQuads() => new NQuadsExporter(new RdfDataIris()).WriteAsync(_graph!, Stream.Null);

    [Benchmark]
    public Task TriG() => new TriGExporter(new RdfDataIris()).WriteAsync(_graph!, Stream.Null);

    [Benchmark]
    public Task JsonLd() => new JsonLdExporter(new RdfDataIris()).WriteAsync(_graph!, Stream.Null);

    [Benchmark]
    public Task ApocJsonLines() => new ApocJsonLinesExporter().WriteAsync(_graph!, Stream.Null);

    [Benchmark]
    public Task CypherScript() => new CypherScriptExporter(500).WriteAsync(_graph!, Stream.Null);

    [Benchmark]
    public async Task Neo4jAdminCsv()
    {
        // The files are written anew each time: the writer creates them and refuses to overwrite.
        var folder = Path.Combine(_scratch!, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await new Neo4jAdminCsvExporter().WriteAsync(_graph!, folder);
        Directory.Delete(folder, recursive: true);
    }
}
