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
        run.Output.Should().Contain("\"summary\": \"129 entities").And.Contain("\"moved\":");
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
}
