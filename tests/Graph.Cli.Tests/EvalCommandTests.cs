using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Cli.Tests;

/// <summary>`graph eval` as a user runs it: on the project's own annotated articles, and when used wrongly.</summary>
public partial class EvalCommandTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");
    private static readonly string GoldFolder = Path.Combine(Fixtures, "gold");
    private static readonly string[] Types = ["Person", "Country", "Organization", "Project", "Conflict", "SAID", "SUPPORTS", "COMMITTED_TO"];

    [Fact]
    public async Task Scoring_our_own_articles_prints_the_table_for_every_gold_document()
    {
        var run = await CommandRun.RunAsync("eval", "--gold", GoldFolder, Path.Combine(Fixtures, "articles"), RepositoryPaths.Samples);

        run.ExitCode.Should().Be(0, run.ToString());
        var table = ParseTable(run.Output);
        table.Keys.Should().Equal([.. Types.Take(5), "ENTITIES", .. Types.Skip(5), "RELATIONS"]);

        // Every gold file was paired with its document: the gold column holds every required fact of every file.
        var goldFiles = Directory.GetFiles(GoldFolder, "*.json");
        run.Error.Should().Contain($"graph eval: {goldFiles.Length} documents scored").And.NotContain("no input document matches");
        var required = goldFiles.SelectMany(f =>
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(f));
            return gold.RootElement.GetProperty("entities").EnumerateArray()
                .Concat(gold.RootElement.GetProperty("relations").EnumerateArray())
                .Select(e => e.GetProperty("type").GetString()!).ToList();
        }).CountBy(t => t).ToDictionary();
        foreach (var type in Types) table[type].Gold.Should().Be(required.GetValueOrDefault(type), type);

        // The JSON Lines records without an id have no gold file: named, and skipped.
        run.Error.Should().Contain("articles.jsonl:2: no file name or id").And.Contain("articles.jsonl:3: no file name or id");

        // Floors, not targets: measured when this test was written, ENTITIES F1 0.868 and SAID F1 0.916; the floors are
        // about 0.1 below, so the test fails on a real regression while the extraction keeps improving.
        table["ENTITIES"].F1.Should().BeGreaterThanOrEqualTo(0.76, run.Output);
        table["SAID"].F1.Should().BeGreaterThanOrEqualTo(0.81, run.Output);
    }

    [Fact]
    public async Task Json_gives_the_same_numbers_as_the_table()
    {
        string[] inputs = [Path.Combine(Fixtures, "articles"), Path.Combine(RepositoryPaths.Samples, "1987-reuters-style-gulf.txt")];
        var tableRun = await CommandRun.RunAsync(["eval", "--gold", GoldFolder, .. inputs]);
        var jsonRun = await CommandRun.RunAsync(["eval", "--gold", GoldFolder, .. inputs, "--json"]);

        jsonRun.ExitCode.Should().Be(0, jsonRun.ToString());
        var table = ParseTable(tableRun.Output);
        using var json = JsonDocument.Parse(jsonRun.Output);
        foreach (var type in Types)
        {
            var score = json.RootElement.GetProperty(type);
            score.GetProperty("f1").GetDouble().Should().Be(table[type].F1, type);
            score.GetProperty("gold").GetInt32().Should().Be(table[type].Gold, type);
            score.GetProperty("pred").GetInt32().Should().Be(table[type].Predicted, type);
        }
        json.RootElement.GetProperty("entities").GetProperty("f1").GetDouble().Should().Be(table["ENTITIES"].F1);
        json.RootElement.GetProperty("relations").GetProperty("p").GetDouble().Should().Be(table["RELATIONS"].Precision);
    }

    [Fact]
    public async Task Verbose_lists_the_misses_under_the_table()
    {
        using var temp = new TempFolder();
        var article = temp.Write("a/talks.txt", "Foreign Minister Ann Lee said \"we back the plan\".\n");
        temp.Write("gold/talks.json", """
            {"document": "talks.txt", "entities": [{"type": "Person", "name": "Ann Lee"}, {"type": "Country", "name": "Atlantis"}],
             "relations": [{"type": "SAID", "subject": ["Ann Lee"], "evidence": "we back the plan"}]}
            """);

        var run = await CommandRun.RunAsync("eval", "--gold", temp.File("gold"), article, "--verbose");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Split('\n').Skip(11).Should().Contain("  talks.txt: missed Country Atlantis");
    }

    [Fact]
    public async Task Documents_without_gold_and_gold_without_documents_are_named()
    {
        using var temp = new TempFolder();
        var scored = temp.Write("in/one.txt", "Minister Ann Lee said the talks went well.\n");
        var unscored = temp.Write("in/two.txt", "Minister Bo Chen said nothing new.\n");
        temp.Write("gold/one.json", """{"document": "one.txt", "entities": [{"type": "Person", "name": "Ann Lee"}]}""");
        temp.Write("gold/three.json", """{"document": "three.txt"}""");

        var run = await CommandRun.RunAsync("eval", "--gold", temp.File("gold"), scored, unscored);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().Contain("two.txt: no gold file two.json").And.Contain("three.json: no input document matches this gold file")
            .And.Contain("1 documents scored");
        ParseTable(run.Output)["Person"].Gold.Should().Be(1);
    }

    [Fact]
    public async Task A_broken_gold_file_costs_its_document_and_exit_code_1()
    {
        using var temp = new TempFolder();
        var good = temp.Write("in/good.txt", "Minister Ann Lee said the talks went well.\n");
        var bad = temp.Write("in/bad.txt", "Minister Bo Chen said nothing new.\n");
        temp.Write("gold/good.json", """{"document": "good.txt", "entities": [{"type": "Person", "name": "Ann Lee"}]}""");
        temp.Write("gold/bad.json", """{"relations": [{"type": "SAID", "subject": ["Bo Chen"]}]}""");

        var run = await CommandRun.RunAsync("eval", "--gold", temp.File("gold"), good, bad);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("bad.json").And.Contain("has no evidence");
        ParseTable(run.Output)["Person"].Gold.Should().Be(1);
    }

    [Fact]
    public async Task Nothing_to_score_is_a_failure()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/one.txt", "Minister Ann Lee said the talks went well.\n");
        Directory.CreateDirectory(temp.File("gold"));

        var run = await CommandRun.RunAsync("eval", "--gold", temp.File("gold"), article);

        run.ExitCode.Should().Be(3, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("nothing to score");
    }

    [Fact]
    public async Task Gold_is_required_and_must_be_a_folder()
    {
        var missing = await CommandRun.RunAsync("eval", RepositoryPaths.Samples);
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("--gold").And.Contain("graph eval --help");

        var file = await CommandRun.RunAsync("eval", "--gold", Path.Combine(GoldFolder, "ex-001.json"), RepositoryPaths.Samples);
        file.ExitCode.Should().Be(2);
        file.Error.Should().Contain("is a file; give the folder");

        var nowhere = await CommandRun.RunAsync("eval", "--gold", Path.Combine(Fixtures, "no-such-folder"), RepositoryPaths.Samples);
        nowhere.ExitCode.Should().Be(2);
        nowhere.Error.Should().Contain("does not exist");
    }

    [Fact]
    public async Task Help_teaches_with_examples()
    {
        var run = await CommandRun.RunAsync("eval", "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Examples:").And.Contain("--gold").And.Contain("--json").And.Contain("--verbose").And.Contain("Exit codes");
    }

    private sealed record Row(double Precision, double Recall, double F1, int Gold, int Predicted);

    /// <summary>score.py's table: a header, then "TYPE P R F1 gold pred" rows and "GROUP P R F1" rows.</summary>
    private static Dictionary<string, Row> ParseTable(string output)
    {
        var lines = output.Split('\n');
        lines[0].Should().Be("type                P      R     F1  gold  pred");
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Take(10))
        {
            var m = TableRow().Match(line);
            m.Success.Should().BeTrue($"'{line}' is a row of the table");
            double Number(string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
            int Count(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : -1;
            rows[m.Groups["type"].Value] = new Row(Number("p"), Number("r"), Number("f1"), Count("gold"), Count("pred"));
        }
        return rows;
    }

    [GeneratedRegex(@"^(?<type>[A-Za-z_]+) +(?<p>\d\.\d{3}) +(?<r>\d\.\d{3}) +(?<f1>\d\.\d{3})(?: +(?<gold>\d+) +(?<pred>\d+))?$")]
    private static partial Regex TableRow();
}
