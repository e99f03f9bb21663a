using System.CommandLine;
using Graph.Cli.Commands;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command line: the root command and its subcommands.</summary>
public static class GraphCommandLine
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "Graph turns news articles about international affairs into a knowledge graph: people, countries, " +
            "organisations, projects and conflicts, linked by who SAID what, who SUPPORTS what and who is " +
            "COMMITTED_TO what, each fact traced to the sentence it came from.\n\n" +
            "Examples:\n" +
            "  graph import samples/                 read every article under samples/, write ./graph-out\n" +
            "  graph import a.txt b.jsonl --out out  read two files, write out/\n" +
            "  cat news.jsonl | graph import -       read JSON Lines from standard input");
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; usage errors exit with <see cref="ExitCodes.UsageError"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = Create();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) await error.WriteLineAsync($"graph: {e.Message}").ConfigureAwait(false);
            var command = parse.CommandResult.Command;
            var path = command == root ? "graph" : "graph " + command.Name;
            await error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("graph: cancelled").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // One line for the user; the type names the defect for a bug report without dumping a stack on them.
            await error.WriteLineAsync($"graph: internal error ({e.GetType().Name}): {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
