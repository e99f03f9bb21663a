namespace Graph.Cli.Tests;

/// <summary>Users extend the gazetteers without recompiling: --gazetteer FILE.</summary>
public class GazetteerOptionTests
{
    [Fact]
    public async Task A_user_table_adds_organisations()
    {
        using var temp = new TempFolder();
        var table = temp.Write("orgs.tsv", "# id\tname\tacronym\taliases\tkind\nkivu-water\tKivu Water Authority\tKWA\tKivu Water Board\tagency\n");
        var article = temp.Write("a.txt", "The KWA said on Monday that the dam would open in May.\n");
        var run = await CommandRun.RunAsync("import", article, "--out", temp.File("out"), "--gazetteer", table, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(temp.File(Path.Combine("out", "graph.jsonl"))).Should().Contain("\"name\":\"Kivu Water Authority\"");
    }

    [Fact]
    public async Task A_user_table_adds_titles_that_introduce_people()
    {
        using var temp = new TempFolder();
        var table = temp.Write("titles.tsv", "# title\trole\tkind\nombudsman\tOmbudsman\toffice\n");
        // A name that no list of given names or political actors knows: only the title says it is a person.
        var article = temp.Write("a.txt", "Ombudsman Tavuro Kerenge visited the dam.\n");
        var (plain, extended) = await ImportWithoutAndWithAsync(temp, article, table);

        plain.Should().NotContain("Tavuro Kerenge");
        extended.Should().Contain("\"name\":\"Tavuro Kerenge\"");
    }

    [Fact]
    public async Task A_user_table_adds_stance_predicates()
    {
        using var temp = new TempFolder();
        // "rally behind" is no shipped predicate: only the user's row makes it support.
        var table = temp.Write("stances.tsv", "# phrase\tkind\trelation\tforms\tcameo\tsource\nrally behind\tverb\tSUPPORTS\trally|rallies|rallied|rallying\t\toverlay\n");
        var article = temp.Write("a.txt", "Peru rallied behind the Andes Water Compact on Monday.\n");
        var (plain, extended) = await ImportWithoutAndWithAsync(temp, article, table);

        plain.Should().NotContain("\"label\":\"SUPPORTS\"");
        extended.Should().Contain("\"label\":\"SUPPORTS\"").And.Contain("rally behind");
    }

    /// <summary>Imports the article without and with the user's table; both runs must succeed. Returns both graph.jsonl texts.</summary>
    private static async Task<(string Plain, string Extended)> ImportWithoutAndWithAsync(TempFolder temp, string article, string table)
    {
        var without = await CommandRun.RunAsync("import", article, "--out", temp.File("plain"), "-q");
        var with = await CommandRun.RunAsync("import", article, "--out", temp.File("extended"), "--gazetteer", table, "-q");
        without.ExitCode.Should().Be(0, without.ToString());
        with.ExitCode.Should().Be(0, with.ToString());
        return (File.ReadAllText(temp.File(Path.Combine("plain", "graph.jsonl"))), File.ReadAllText(temp.File(Path.Combine("extended", "graph.jsonl"))));
    }

    [Fact]
    public async Task A_stance_table_in_the_old_layout_is_a_usage_error_that_says_what_changed()
    {
        using var temp = new TempFolder();
        var table = temp.Write("old.tsv", "# phrase\trelation\tform\nrally behind\tSUPPORTS\tactive\n");
        var article = temp.Write("a.txt", "Peru rallied behind the compact.\n");
        var run = await CommandRun.RunAsync("import", article, "--out", temp.File("out"), "--gazetteer", table);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("old.tsv").And.Contain("phrase, kind, relation, forms");
    }

    [Fact]
    public async Task A_broken_table_is_a_usage_error_naming_the_file_and_line()
    {
        using var temp = new TempFolder();
        var table = temp.Write("bad.tsv", "# title\trole\tkind\nenvoy\tEnvoy\toffice\textra\tcells\n");
        var article = temp.Write("a.txt", "Envoy Imani Baraka visited the dam.\n");
        var run = await CommandRun.RunAsync("import", article, "--out", temp.File("out"), "--gazetteer", table);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("bad.tsv:2");
        Directory.Exists(temp.File("out")).Should().BeFalse("nothing is done when the gazetteer cannot be read");
    }
}
