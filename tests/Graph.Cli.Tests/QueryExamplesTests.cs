using System.Text.Json;
using Graph.Neo4j.Queries;

namespace Graph.Cli.Tests;

/// <summary>
/// The examples in the prepared queries' headers name things that exist in the graph of samples/, the way the
/// queries look them up (name or alias in any case, or id), so `graph queries` suggests commands that find something.
/// </summary>
public class QueryExamplesTests
{
    [Fact]
    public async Task Every_entity_example_is_found_in_the_sample_graph_as_its_query_looks_it_up()
    {
        using var temp = new TempFolder();
        var run = await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "--format", "jsonl", "-q");
        run.ExitCode.Should().Be(0, run.ToString());
        var entities = File.ReadLines(temp.File("graph.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "node" && e.GetProperty("labels").GetArrayLength() == 2)
            .Select(e => (
                Label: e.GetProperty("labels")[0].GetString()!,
                Keys: new[] { e.GetProperty("id").GetString()!, e.GetProperty("properties").GetProperty("name").GetString()! }
                    .Concat(e.GetProperty("properties").TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : [])
                    .Select(k => k.ToLowerInvariant())
                    .ToHashSet()))
            .ToList();

        var checkedExamples = 0;
        foreach (var query in PreparedQueryCatalog.Shipped)
        {
            foreach (var p in query.Parameters.Where(p => p.Description.Contains("name or alias", StringComparison.Ordinal)))
            {
                var label = p.Name is "person" ? "Person" : p.Name is "project" ? "Project" : p.Name is "conflict" ? "Conflict" : null;
                entities.Should().Contain(e => (label == null || e.Label == label) && e.Keys.Contains(p.Example.ToLowerInvariant()),
                    $"{query.Name} ${p.Name} has the example '{p.Example}'");
                checkedExamples++;
            }
        }
        checkedExamples.Should().BeGreaterThanOrEqualTo(10);
    }
}
