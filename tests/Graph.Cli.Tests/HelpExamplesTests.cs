using System.CommandLine;
using System.Diagnostics;

namespace Graph.Cli.Tests;

/// <summary>
/// Every example of every command's --help, run as written and in the order shown from a copy of the repository's
/// root (samples/, tests/fixtures/, queries/): an example a user copies must work. Examples that need a server (Neo4j,
/// a SPARQL endpoint) are parsed instead: every option they use exists and every value is accepted.
/// </summary>
public class HelpExamplesTests
{
    private static readonly string[] ServerOptions = ["--neo4j", "--endpoint http", "--sparql-endpoint", "--sparql-update-endpoint"];

    public static TheoryData<string> CommandsWithExamples() =>
        [.. Commands(GraphCommandLine.Create(), "graph").Where(c => ExamplesOf(c.Command.Description ?? "").Any()).Select(c => c.Path)];

    private static List<string> ExamplesOfCommand(string path) =>
        ExamplesOf(Commands(GraphCommandLine.Create(), "graph").Single(c => c.Path == path).Command.Description ?? "").ToList();

    private static IEnumerable<(string Path, Command Command)> Commands(Command command, string path)
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var c in Commands(sub, path + " " + sub.Name)) yield return c;
        }
    }

    /// <summary>The example lines of a description: after "Examples:", indented, continued by a trailing backslash, a trailing gloss cut off.</summary>
    private static IEnumerable<string> ExamplesOf(string description)
    {
        var lines = description.Split('\n');
        var at = Array.FindIndex(lines, l => l.Trim() == "Examples:");
        if (at < 0) yield break;
        var pending = "";
        foreach (var raw in lines.Skip(at + 1))
        {
            if (!raw.StartsWith("  ", StringComparison.Ordinal)) break;
            var line = raw.Trim();
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            line = pending + line;
            pending = "";
            // A gloss after the command is set off by three or more spaces.
            var gloss = line.IndexOf("   ", StringComparison.Ordinal);
            yield return (gloss > 0 ? line[..gloss] : line).Trim();
        }
    }

    [Fact]
    public void Every_command_with_options_has_examples()
    {
        var commands = Commands(GraphCommandLine.Create(), "graph").Where(c => ExamplesOf(c.Command.Description ?? "").Any()).Select(c => c.Path).ToList();
        commands.Should().Contain(["graph", "graph import", "graph extract", "graph eval", "graph sparql", "graph view", "graph query", "graph retract", "graph identities suggest"]);
        commands.Sum(c => ExamplesOfCommand(c).Count).Should().BeGreaterThan(25);
    }

    [Theory]
    [MemberData(nameof(CommandsWithExamples))]
    public async Task The_help_examples_run_as_written_in_order_from_the_repository_root(string command)
    {
        using var root = new TempFolder();
        foreach (var folder in new[] { "samples", Path.Combine("tests", "fixtures"), "queries" }) Copy(Path.Combine(RepositoryPaths.Root, folder), Path.Combine(root.Path, folder));
        foreach (var example in ExamplesOfCommand(command))
        {
            if (NeedsServer(example))
            {
                var args = await Words(example);
                args = args.SkipWhile(a => a.Contains('=', StringComparison.Ordinal) && char.IsUpper(a[0])).ToArray();
                args[0].Should().Be("graph");
                var parse = GraphCommandLine.Create().Parse(args[1..]);
                parse.Errors.Select(e => e.Message).Should().BeEmpty($"'{example}' of {command} --help must parse");
                continue;
            }

            var run = await Bash(root.Path, example);

            run.ExitCode.Should().Be(0, $"'{example}' of {command} --help runs as written:\n{run.Error}");
        }
    }

    private static bool NeedsServer(string example) =>
        ServerOptions.Any(example.Contains) || example.Contains("NEO4J_", StringComparison.Ordinal) || example.Contains("schema apply", StringComparison.Ordinal)
        || example.StartsWith("graph query ", StringComparison.Ordinal);

    private static async Task<string[]> Words(string line)
    {
        var run = await Bash(Path.GetTempPath(), "eval \"set -- $EXAMPLE\"; printf '%s\\0' \"$@\"", line);
        run.ExitCode.Should().Be(0, run.Error);
        return run.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    private static async Task<CommandRun> Bash(string folder, string script, string? example = null)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var program = Path.Combine(AppContext.BaseDirectory, "graph.dll");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"set -o pipefail; graph() {{ dotnet '{program}' \"$@\"; }}; {script}");
        if (example is not null) start.Environment["EXAMPLE"] = example;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandRun(process.ExitCode, await output, await error);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
