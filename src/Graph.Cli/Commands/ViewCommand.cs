using System.CommandLine;
using System.Globalization;
using Graph.Cli.Explorer;
using Graph.Documents;

namespace Graph.Cli.Commands;

/// <summary><c>graph view</c>: writes the explorer page of an import's graph, to look at it without any server.</summary>
public static class ViewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("dir")
        {
            Description = "The output folder of a graph import (it reads graph.jsonl there, written by default).",
            DefaultValueFactory = _ => "graph-out",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The page to write. Default: graph.html in DIR.",
            HelpName = "FILE",
        };
        var title = new Option<string?>("--title")
        {
            Description = "The page's title. Default: the folder's name.",
            HelpName = "TEXT",
        };
        var command = new Command("view",
            "Write graph.html: one self-contained page to explore the graph in a browser, offline, with no server.\n\n" +
            "Search entities by name or alias, filter them by type, pick one to see its neighbourhood drawn (its most connected\n" +
            "neighbours, so a graph of any size stays usable) and what the articles say of it: its stances and statements with\n" +
            "the sentences they come from, what others said about it, its other relations, and the documents; a document shows\n" +
            "its statements and facts. The page holds the data and the drawing library (Cytoscape.js, MIT) and fetches nothing.\n\n" +
            "Examples:\n" +
            "  graph import samples --out graph-out && graph view graph-out\n" +
            "  graph view graph-out --out explore-samples.html --title 'Samples'")
        {
            folder, output, title,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var dir = parse.GetValue(folder) ?? "graph-out";
            var graph = Path.Combine(dir, "graph.jsonl");
            if (!File.Exists(graph))
            {
                await error.WriteLineAsync(Directory.Exists(dir)
                    ? $"graph: error: no graph.jsonl in {DisplayText.Escape(dir)}: import with the jsonl format (a default; or --format jsonl) first"
                    : $"graph: error: {DisplayText.Escape(dir)}: no such folder; give the output folder of a graph import").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            ExplorerData data;
            try
            {
                data = ExplorerData.Read(graph);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"graph: error: cannot read {DisplayText.Escape(graph)}: {DisplayText.Escape(e.Message)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            if (data.SkippedLines.Count > 0)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"graph: warning: {DisplayText.Escape(graph)}: {data.SkippedLines.Count} lines are not graph lines and were left out (first: line {data.SkippedLines[0]})")).ConfigureAwait(false);
            }
            var target = parse.GetValue(output) ?? Path.Combine(dir, "graph.html");
            var name = parse.GetValue(title) ?? Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar));
            var temporary = target + ".partial";
            try
            {
                await using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
                {
                    ExplorerPage.Write(writer, data, name);
                }
                File.Move(temporary, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                await error.WriteLineAsync($"graph: error: cannot write {DisplayText.Escape(target)}: {DisplayText.Escape(e.Message)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"graph view: wrote {DisplayText.Escape(target)} ({new FileInfo(target).Length:N0} bytes, {data.EntityCount:N0} entities); open it in a browser")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
