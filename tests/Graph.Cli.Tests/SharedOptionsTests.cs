namespace Graph.Cli.Tests;

/// <summary>
/// One command line: the options every reading command shares behave the same on import, extract and eval; a mistyped
/// option or command gets a suggestion; errors are words, never a .NET type name.
/// </summary>
public class SharedOptionsTests
{
    [Theory]
    [InlineData("import")]
    [InlineData("extract")]
    [InlineData("eval")]
    public async Task Every_reading_command_takes_the_shared_options(string command)
    {
        var help = await CommandRun.RunAsync(command, "--help");

        foreach (var option in new[] { "--jobs", "--quiet", "--include", "--input-format", "--gazetteer", "--max-document-mb" })
        {
            help.Output.Should().Contain(option, $"graph {command} takes {option} like the other reading commands");
        }
    }

    [Fact]
    public async Task Extract_gives_the_same_lines_with_one_job_or_two_and_is_quiet_when_asked()
    {
        var one = await CommandRun.RunAsync("extract", RepositoryPaths.Samples, "--jobs", "1");
        var two = await CommandRun.RunAsync("extract", RepositoryPaths.Samples, "--jobs", "2", "--quiet");

        one.ExitCode.Should().Be(0, one.Error);
        two.ExitCode.Should().Be(0, two.Error);
        two.Output.Should().Be(one.Output);
        one.Error.Should().Contain("graph extract: 10 documents");
        two.Error.Should().BeEmpty("--quiet leaves out the summary and the warnings");
    }

    [Fact]
    public async Task Eval_reads_only_what_include_matches_and_scores_the_same_with_more_jobs()
    {
        var fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");
        var all = await CommandRun.RunAsync("eval", "--gold", Path.Combine(fixtures, "gold"), RepositoryPaths.Samples, "--json", "--jobs", "1");
        var texts = await CommandRun.RunAsync("eval", "--gold", Path.Combine(fixtures, "gold"), RepositoryPaths.Samples, "--json", "--include", "*.txt", "--jobs", "2", "--quiet");

        all.ExitCode.Should().Be(0, all.Error);
        texts.ExitCode.Should().Be(0, texts.Error);
        all.Error.Should().Contain("graph eval: 8 documents scored");
        texts.Error.Should().BeEmpty();
        texts.Output.Should().NotBe(all.Output, "the JSON Lines records are not read with --include '*.txt'");
    }

    [Theory]
    [InlineData(new[] { "import", "samples", "--inlcude", "*.txt" }, "unknown option '--inlcude'; did you mean --include?")]
    [InlineData(new[] { "extract", "samples", "--jbos", "2" }, "unknown option '--jbos'; did you mean --jobs?")]
    [InlineData(new[] { "improt", "samples" }, "'improt'; did you mean import?")]
    [InlineData(new[] { "sparql", "--lsit" }, "unknown option '--lsit'; did you mean --list?")]
    public async Task A_mistyped_option_or_command_gets_a_suggestion(string[] args, string message)
    {
        var run = await CommandRun.RunAsync(args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public async Task A_bad_value_is_explained_in_words_without_a_type_name()
    {
        var run = await CommandRun.RunAsync("import", "samples", "--jobs", "many");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--jobs").And.NotContain("System.").And.NotContain("Int32");
    }
}
