namespace Graph.Cli.Tests;

/// <summary>`graph import --format csv`: the files of Neo4j's bulk importer, as a user asks for them.</summary>
public class ImportCsvTests
{
    [Fact]
    public async Task Csv_is_written_when_asked_for_and_passes_the_importers_rules()
    {
        using var temp = new TempFolder();
        var run = await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "--format", "csv");

        run.ExitCode.Should().Be(0, run.ToString());
        Directory.GetFiles(temp.Path).Select(Path.GetFileName).Should().Equal(["manifest.json"], "only the CSV set was asked for, and the manifest says so");
        var folder = temp.File("neo4j-admin");
        File.Exists(Path.Combine(folder, "import.sh")).Should().BeTrue();
        run.Error.Should().MatchRegex(@"wrote .*neo4j-admin \([\d,]+ bytes, \d+ CSV files, [\d,]+ rows\)");

        var check = await ToolRun.RunAsync("node", ["neo4j-admin-csv-check.mjs", folder], "run ./test.sh (it installs Node.js and the checkers).", RepositoryPaths.Checkers);
        check.ExitCode.Should().Be(0, check.Output + check.Error);
        check.Output.Should().MatchRegex(@"\d+ files, \d+ node rows, \d+ relationship rows, 0 errors");
        File.ReadLines(Path.Combine(folder, "nodes-Person.csv")).Skip(1).Should().Contain(l => l.Contains("Tomas Varga", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_default_formats_leave_csv_out_and_a_new_csv_import_replaces_the_whole_folder()
    {
        using var temp = new TempFolder();
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "-q")).ExitCode.Should().Be(0);
        Directory.Exists(temp.File("neo4j-admin")).Should().BeFalse("the bulk-import files are written when asked for");
        File.Exists(temp.File("graph.jsonl")).Should().BeTrue();

        var folder = temp.File("neo4j-admin");
        Directory.CreateDirectory(folder);
        var stale = Path.Combine(folder, "relationships-OLD-Person-Person.csv");
        File.WriteAllText(stale, ":START_ID(Person),:END_ID(Person)\n");
        var run = await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "--format", "csv", "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        File.Exists(stale).Should().BeFalse("the folder is replaced whole, so it never mixes two imports");
        Directory.Exists(folder + ".partial").Should().BeFalse();
        Directory.Exists(folder + ".old").Should().BeFalse();
        File.Exists(Path.Combine(folder, "nodes-Person.csv")).Should().BeTrue();
    }
}
