using System.CommandLine;
using Graph.Cli.Commands;
using Graph.Cli.Neo4j;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command line: the root command and its subcommands.</summary>
public static class GraphCommandLine
{
    /// <summary>Builds the command tree; <paramref name="environment"/> supplies environment variables, the password prompt and the Neo4j client.</summary>
    public static RootCommand Create(CliEnvironment? environment = null)
    {
        environment ??= CliEnvironment.Default;
        var root = new RootCommand(
            "Graph turns news articles about international affairs into a knowledge graph: people, countries, " +
            "organisations, projects and conflicts, linked by who SAID what, who SUPPORTS what and who is " +
            "COMMITTED_TO what, each fact traced to the sentence it came from.\n\n" +
            "Examples:\n" +
            "  graph import samples/                 read every article under samples/, write ./graph-out\n" +
            "  graph import samples/no-date-summit.txt samples/articles.jsonl --out out   read two files, write out/\n" +
            "  cat samples/articles.jsonl | graph import -   read JSON Lines from standard input\n" +
            "  graph import samples/ --neo4j         write the graph to Neo4j ($NEO4J_URI, password from $NEO4J_PASSWORD)\n" +
            "  graph queries                         list the prepared queries; run one with graph query NAME\n" +
            "  graph view graph-out                  write graph-out/graph.html to explore the graph in a browser");
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(IdentitiesCommand.Create());
        root.Subcommands.Add(RetractCommand.Create(environment));
        root.Subcommands.Add(SchemaCommand.Create(environment));
        root.Subcommands.Add(QueryCommand.Create(environment));
        root.Subcommands.Add(QueriesCommand.Create());
        root.Subcommands.Add(SparqlCommand.Create(environment));
        root.Subcommands.Add(ViewCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; usage errors exit with <see cref="ExitCodes.UsageError"/>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliEnvironment.Default, output, error, cancellationToken);

    /// <summary>Parses and runs with <paramref name="environment"/> in place of the process's environment, terminal and Neo4j client.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        // Messages never drive a terminal, even from a log read later; standard output is data when redirected, byte for byte.
        output ??= Console.IsOutputRedirected ? Console.Out : new TerminalWriter(Console.Out);
        error ??= new TerminalWriter(Console.Error);
        if (args.Any(IsPasswordOption))
        {
            // Said before parsing, and alone: a parse error would echo the tokens, and one of them is the password.
            await error.WriteLineAsync(
                $"graph: error: a password is never given on the command line (it would stay in shell histories and process lists); " +
                $"set ${Neo4jEnvironmentVariables.Password} (${Commands.SparqlOptions.PasswordVariable} for --sparql-user), or leave it unset to be asked for it at the terminal").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        var root = Create(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            foreach (var e in parse.Errors) await error.WriteLineAsync($"graph: {ParseErrorText.Explain(e.Message, command)}").ConfigureAwait(false);
            var path = command == root ? "graph" : "graph " + command.Name;
            await error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e)
        {
            // An import says what it left behind: stopped before the outputs were replaced, the earlier ones stand.
            await error.WriteLineAsync(e is Graph.Import.ImportCancelledException ? $"graph: cancelled; {e.Message}" : "graph: cancelled").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // One line for the user, in words; GRAPH_DEBUG=1 adds the whole exception for a bug report.
            await error.WriteLineAsync($"graph: internal error: {e.Message} (a defect in graph; please report it, with the output of the same command run with GRAPH_DEBUG=1)").ConfigureAwait(false);
            if (environment.GetVariable("GRAPH_DEBUG") == "1") await error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    /// <summary>The password options of other tools (cypher-shell's -p and --password), which users may reach for.</summary>
    private static bool IsPasswordOption(string arg)
    {
        var name = arg.Split('=', 2)[0];
        return name is "-p" or "--password" or "--pass" or "--passwd" or "--neo4j-password" or "-password" or "--sparql-password";
    }
}
