namespace Graph.Cli.Tests;

/// <summary>
/// The page of <c>graph view</c> in a real headless Chromium (tests/checkers/explorer-check.mjs): it loads from
/// file:// without fetching anything, finds an entity by a part of its name, draws its neighbourhood, shows its
/// statements and documents, and opens a document; a screenshot is kept in test-artifacts/.
/// </summary>
public class ExplorerBrowserTests
{
    private const string Missing = "install Node 20 and Debian's chromium, then run npm ci in tests/checkers (./test.sh does all three).";

    [Fact]
    public async Task The_samples_page_finds_draws_and_shows_an_entity_in_a_real_browser()
    {
        using var temp = new TempFolder();
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "-q")).ExitCode.Should().Be(0);
        var view = await CommandRun.RunAsync("view", temp.Path, "--title", "Samples");
        view.ExitCode.Should().Be(0, view.ToString());
        view.Error.Should().Contain("wrote").And.Contain("graph.html");
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "test-artifacts")).FullName;
        var screenshot = Path.Combine(artifacts, "explorer-samples.png");
        File.Delete(screenshot);

        var run = await ToolRun.RunAsync("node",
            ["explorer-check.mjs", "--page", temp.File("graph.html"), "--search", "varga", "--name", "Tomas Varga",
             "--expect", "Hungarian engineers spent a century", "--expect", "Documents mentioning it (1)", "--expect", "Statements (8)",
             "--screenshot", screenshot],
            Missing, RepositoryPaths.Checkers);

        run.ExitCode.Should().Be(0, run.Error + run.Output);
        run.Output.Should().Contain("\"summary\": \"130 entities").And.Contain("\"moved\":");
        File.ReadAllBytes(screenshot).Take(8).Should().Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG screenshot is kept");
    }

    [Fact]
    public async Task The_page_is_one_file_with_its_library_licence_and_data_and_the_same_bytes_for_the_same_graph()
    {
        using var temp = new TempFolder();
        (await CommandRun.RunAsync("import", RepositoryPaths.Samples, "--out", temp.Path, "-q")).ExitCode.Should().Be(0);

        (await CommandRun.RunAsync("view", temp.Path, "--out", temp.File("one.html"))).ExitCode.Should().Be(0);
        (await CommandRun.RunAsync("view", temp.Path, "--out", temp.File("two.html"))).ExitCode.Should().Be(0);

        var page = File.ReadAllText(temp.File("one.html"));
        File.ReadAllBytes(temp.File("one.html")).Should().Equal(File.ReadAllBytes(temp.File("two.html")));
        // Asserted as booleans: a failing string assertion would print the whole page with its library.
        page.Contains("Copyright (c) 2016-2026, The Cytoscape Consortium", StringComparison.Ordinal).Should().BeTrue("the library's licence travels with it");
        page.Contains("default-src 'none'", StringComparison.Ordinal).Should().BeTrue("the page may fetch nothing");
        page.Contains("src=\"http", StringComparison.Ordinal).Should().BeFalse("no script or image is loaded from the web");
        page.Contains("<link ", StringComparison.Ordinal).Should().BeFalse("no style sheet is loaded");
        System.Text.RegularExpressions.Regex.IsMatch(page, @"\{\{[A-Z_]+\}\}").Should().BeFalse("every part of the template is filled in");
        page.Contains("Tomas Varga", StringComparison.Ordinal).Should().BeTrue();
    }

    [Fact]
    public async Task Text_from_the_articles_cannot_close_the_data_script_or_run_in_the_page()
    {
        using var temp = new TempFolder();
        var article = temp.Write("in/a.txt", "Foreign Minister Ana Duarte said \"</script><script>alert(1)</script> is not a plan\" on Monday.\n");
        (await CommandRun.RunAsync("import", article, "--out", temp.File("out"), "-q")).ExitCode.Should().Be(0);

        (await CommandRun.RunAsync("view", temp.File("out"))).ExitCode.Should().Be(0);

        var page = File.ReadAllText(temp.File("out/graph.html"));
        page.Contains("alert(1)</script>", StringComparison.Ordinal).Should().BeFalse("the data is escaped inside its script element");
        page.Contains("\\u003C/script\\u003E", StringComparison.Ordinal).Should().BeTrue();
    }

    [Fact]
    public async Task A_folder_without_a_graph_is_named_with_what_to_do()
    {
        using var temp = new TempFolder();

        var run = await CommandRun.RunAsync("view", temp.Path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no graph.jsonl in").And.Contain("import with the jsonl format");
    }

    [Fact]
    public async Task A_large_graph_draws_only_the_most_connected_neighbours_and_lists_stay_short()
    {
        // A hub named in 5,000 documents, with 3,000 countries' statements about it: the page draws 61 nodes, not 3,001.
        using var temp = new TempFolder();
        var lines = new System.Text.StringBuilder();
        lines.Append("{\"type\":\"node\",\"id\":\"project/hub\",\"labels\":[\"Project\",\"Entity\"],\"properties\":{\"id\":\"project/hub\",\"name\":\"Great Hub Corridor\"}}\n");
        for (var i = 0; i < 3000; i++)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{\"type\":\"node\",\"id\":\"person/p{i}\",\"labels\":[\"Person\",\"Entity\"],\"properties\":{{\"id\":\"person/p{i}\",\"name\":\"Envoy Number {i}\"}}}}\n");
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{\"type\":\"relationship\",\"id\":\"rel/s{i}\",\"label\":\"SUPPORTS\",\"start\":{{\"id\":\"person/p{i}\",\"labels\":[\"Person\",\"Entity\"]}},\"end\":{{\"id\":\"project/hub\",\"labels\":[\"Project\",\"Entity\"]}},\"properties\":{{\"evidence\":\"Envoy {i} backs the corridor.\"}}}}\n");
        }
        for (var d = 0; d < 5000; d++)
        {
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{\"type\":\"node\",\"id\":\"doc/{d}\",\"labels\":[\"Document\"],\"properties\":{{\"id\":\"doc/{d}\",\"title\":\"Report {d}\"}}}}\n");
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{\"type\":\"relationship\",\"id\":\"rel/m{d}\",\"label\":\"MENTIONS\",\"start\":{{\"id\":\"doc/{d}\",\"labels\":[\"Document\"]}},\"end\":{{\"id\":\"project/hub\",\"labels\":[\"Project\",\"Entity\"]}},\"properties\":{{\"count\":1}}}}\n");
        }
        temp.Write("out/graph.jsonl", lines.ToString());
        (await CommandRun.RunAsync("view", temp.File("out"))).ExitCode.Should().Be(0);

        var run = await ToolRun.RunAsync("node",
            ["explorer-check.mjs", "--page", temp.File("out/graph.html"), "--search", "hub", "--name", "Great Hub Corridor",
             "--expect", "Stances (3000)", "--expect", "… and 2800 more", "--expect", "Documents mentioning it (5000)"],
            Missing, RepositoryPaths.Checkers);

        run.ExitCode.Should().Be(0, run.Error + run.Output);
        run.Output.Should().Contain("\"nodes\": 61", "the hub and its 60 most connected neighbours, never all 3,000");
    }

    [Fact]
    public async Task A_documents_url_that_is_not_a_web_address_is_shown_as_text_never_as_a_link()
    {
        using var temp = new TempFolder();
        var feed = temp.Write("in/feed.jsonl",
            "{\"id\":\"r1\",\"url\":\"javascript:alert(document.domain)\",\"title\":\"Ferry talks\",\"text\":\"Foreign Minister Ana Duarte said on Monday that Portugal supports the Atlantic Ferry Link.\"}\n");
        (await CommandRun.RunAsync("import", feed, "--out", temp.File("out"), "-q")).ExitCode.Should().Be(0);
        (await CommandRun.RunAsync("view", temp.File("out"))).ExitCode.Should().Be(0);

        var run = await ToolRun.RunAsync("node",
            ["explorer-check.mjs", "--page", temp.File("out/graph.html"), "--search", "duarte", "--name", "Ana Duarte", "--no-links-to", "javascript:"],
            Missing, RepositoryPaths.Checkers);

        run.ExitCode.Should().Be(0, run.Error + run.Output);
        run.Output.Should().Contain("\"documentHeading\": \"Ferry talks\"");
    }
}
