namespace Graph.Cli.Tests;

/// <summary>The built program run as a separate process: standard input, exit codes, standard error.</summary>
public class ProcessTests
{
    [Fact]
    public async Task Standard_input_is_read_with_a_dash()
    {
        using var temp = new TempFolder();
        var article = " date 2024-02-01 Foreign Minister Ines Castro said that Portugal would host the summit.\n";
        var run = await ProcessRun.RunAsync(article, "import", "-", "--out", temp.Path);

        run.ExitCode.Should().Be(0, run.ToString());
        var graph = File.ReadAllText(temp.File("graph.jsonl"));
        graph.Should().Contain("\"name\":\"Ines Castro\"").And.Contain("\"source\":\"-\"").And.Contain("\"date\":\"2024-02-01\"");
        run.Output.Should().BeEmpty("the summary and progress go to standard error, so standard output stays clean for pipes");
        run.Error.Should().Contain("1 documents imported");
    }

    [Fact]
    public async Task Json_lines_on_standard_input_are_recognised()
    {
        using var temp = new TempFolder();
        var lines = "{\"text\":\"Minister Ana Duarte said the bridge would open.\"}\n{\"text\":\"Ambassador Li Wen said trade grew.\"}\n";
        var run = await ProcessRun.RunAsync(lines, "import", "-", "--out", temp.Path, "-q");

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(temp.File("graph.jsonl")).Should().Contain("Ana Duarte").And.Contain("Li Wen");
    }

    [Fact]
    public async Task Nothing_imported_leaves_earlier_output_alone_and_exits_1()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("graph.jsonl"), "earlier");
        var run = await ProcessRun.RunAsync(null, "import", temp.File("missing.txt"), "--out", temp.Path);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("missing.txt: no such file or folder").And.Contain("no files were written");
        File.ReadAllText(temp.File("graph.jsonl")).Should().Be("earlier");
    }

    [Fact]
    public async Task A_usage_error_exits_with_2_from_the_process()
    {
        var run = await ProcessRun.RunAsync(null, "import", "--no-such-option");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("unknown option '--no-such-option'");
    }
}
