namespace Graph.Cli.Tests;

/// <summary>What the command line says when it is used wrongly or asked for help.</summary>
public class UsageTests
{
    [Fact]
    public async Task Import_without_inputs_is_a_usage_error()
    {
        var run = await CommandRun.RunAsync("import");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("graph import --help");
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_that_lists_the_known_ones()
    {
        var run = await CommandRun.RunAsync("import", "x.txt", "--format", "xml");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("unknown format 'xml'").And.Contain("jsonl, cypher");
    }

    [Fact]
    public async Task Jobs_must_be_positive()
    {
        var run = await CommandRun.RunAsync("import", "x.txt", "--jobs", "0");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--jobs must be 1 or more");
    }

    [Fact]
    public async Task Help_teaches_with_examples()
    {
        var run = await CommandRun.RunAsync("import", "--help");
        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Examples:").And.Contain("--out").And.Contain("--include").And.Contain("Exit codes");
    }

    [Fact]
    public async Task Root_help_names_the_import_command()
    {
        var run = await CommandRun.RunAsync("--help");
        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("import").And.Contain("knowledge graph");
    }
}
