using System.CommandLine;
using System.Text;
using Graph.Neo4j.Queries;

namespace Graph.Cli.Commands;

/// <summary><c>graph queries</c>: the prepared queries, what each answers and the parameters it takes.</summary>
public static class QueriesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("queries",
            "List the prepared Cypher queries that 'graph query NAME' runs: what each answers, its parameters with their\n" +
            "types, defaults and examples, and a command line to try it. The queries are the files in queries/cypher/.\n\n" +
            "Examples:\n" +
            "  graph queries\n" +
            "  graph queries | grep -A6 shortest-path");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(Format(PreparedQueryCatalog.Shipped));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The listing of <paramref name="queries"/>.</summary>
    public static string Format(IReadOnlyList<PreparedQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var sb = new StringBuilder();
        sb.Append("Prepared queries; run one with: graph query NAME --param key=value ...\n");
        foreach (var query in queries)
        {
            sb.Append('\n').Append(query.Name).Append('\n');
            AppendWrapped(sb, "  ", "  ", query.Description);
            var nameWidth = query.Parameters.Count == 0 ? 0 : query.Parameters.Max(p => p.Name.Length) + 1;
            var typeWidth = query.Parameters.Count == 0 ? 0 : query.Parameters.Max(p => Kind(p).Length);
            foreach (var p in query.Parameters)
            {
                var head = "    $" + p.Name.PadRight(nameWidth) + " " + Kind(p).PadRight(typeWidth) + "  ";
                AppendWrapped(sb, head, new string(' ', head.Length), $"{p.Description} Example: {p.Example}");
            }
            if (query.Parameters.Count == 0) sb.Append("    (no parameters)\n");
            sb.Append("  e.g. ").Append(query.ExampleCommand()).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> in lines of about <see cref="Width"/> characters, the first after <paramref name="first"/>, the rest after <paramref name="rest"/>.</summary>
    private static void AppendWrapped(StringBuilder sb, string first, string rest, string text)
    {
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                sb.Append(line).Append('\n');
                line.Clear().Append(rest);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        sb.Append(line).Append('\n');
    }

    private const int Width = 110;

    private static string Kind(QueryParameter p) =>
        p.TypeName + (p.IsRequired ? ", required" : ", default " + (p.Default is null ? "null" : Graph.Cli.Query.CypherValueText.Format(p.Default)));
}
