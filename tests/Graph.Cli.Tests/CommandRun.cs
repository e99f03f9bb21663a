namespace Graph.Cli.Tests;

/// <summary>Runs the command line in process and keeps what it printed.</summary>
public sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GraphCommandLine.RunAsync(args, output, error);
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
