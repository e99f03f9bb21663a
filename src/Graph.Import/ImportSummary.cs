using System.Globalization;
using System.Text;
using Graph.Documents;
using Graph.Model;

namespace Graph.Import;

/// <summary>The summary printed after an import.</summary>
public static class ImportSummary
{
    /// <summary>The server's update counters the summary shows: an import of what is already there shows zero of each.</summary>
    private static readonly string[] ReportedCounters = ["nodes-created", "relationships-created"];

    /// <summary>Formats the result as a few lines for standard error.</summary>
    public static string Format(ImportResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"graph import: {r.DocumentsImported} documents imported");
        if (r.Failures.Count > 0) sb.Append(inv, $", {r.Failures.Count} failed");
        if (r.Duplicates.Count > 0) sb.Append(inv, $", {r.Duplicates.Count} skipped as duplicates");
        if (r.Warnings > 0) sb.Append(inv, $", {r.Warnings} warnings");
        sb.Append('\n');
        foreach (var f in r.Failures) sb.Append("  failed: ").Append(f).Append('\n');
        if (r.NotEnglish.Count > 0)
        {
            sb.Append(inv, $"  {r.NotEnglish.Count} documents are not in English and were imported without facts (only English is read): ")
              .AppendJoin(", ", r.NotEnglish.Take(5).Select(DisplayText.Escape)).Append(r.NotEnglish.Count > 5 ? ", ..." : "").Append('\n');
        }
        if (r.FilesNotMatched > 0) sb.Append(inv, $"  {r.FilesNotMatched} files in folders did not match --include and were not read\n");
        sb.Append("  nodes: ").AppendJoin(", ", NodeLabels.All.Select(l => string.Create(inv, $"{l.Name()} {Count(r.NodeCounts, l)}")))
          .Append(inv, $" (total {r.NodeCounts.Values.Sum()})\n");
        sb.Append("  relationships: ").AppendJoin(", ", RelationshipTypes.All.Select(t => string.Create(inv, $"{t.Name()} {Count(r.RelationshipCounts, t)}")))
          .Append(inv, $" (total {r.RelationshipCounts.Values.Sum()})\n");
        foreach (var (path, bytes, count) in r.FilesWritten)
        {
            var replaced = r.FilesReplaced.Contains(path) ? ", replacing the earlier one" : "";
            sb.Append(inv, $"  wrote {DisplayText.Escape(path)} ({bytes:N0} bytes{(count is null ? "" : ", " + count)}{replaced})\n");
        }
        foreach (var path in r.FilesRemoved) sb.Append(inv, $"  removed {DisplayText.Escape(path)} (written by the earlier import, of a format not asked for now)\n");
        foreach (var path in r.FilesLeft) sb.Append(inv, $"  left {DisplayText.Escape(path)}: an earlier import's output, not written by this one (delete it, or ask for its format)\n");
        if (r.FilesWritten.Count == 0 && r.DocumentsImported == 0) sb.Append("  nothing imported, so no files were written\n");
        if (r.Neo4jReplaced > 0) sb.Append(inv, $"  replaced in Neo4j: {r.Neo4jReplaced:N0} earlier versions of these documents (same key, another text) taken out first\n");
        if (r.Neo4j is { } neo4j)
        {
            sb.Append(inv, $"  wrote to Neo4j at {r.Neo4jTarget}: {neo4j.NodesWritten:N0} nodes and {neo4j.RelationshipsWritten:N0} relationships merged in {neo4j.Transactions:N0} transactions");
            var created = ReportedCounters.Select(key => string.Create(inv, $"{neo4j.Counters.GetValueOrDefault(key):N0} {key.Replace('-', ' ')}"));
            sb.Append(neo4j.Counters.Count > 0 ? " (" + string.Join(", ", created) + ")" : "").Append('\n');
            sb.Append(FormatNeo4jProblems(r));
        }
        if (r.GraphStoreCleared > 0) sb.Append(inv, $"  cleared in the triplestore before writing: earlier versions of {r.GraphStoreCleared:N0} documents' keys\n");
        if (r.GraphStoreClearFailure is { } clearFailure) sb.Append(inv, $"  could not clear earlier versions in the triplestore: {DisplayText.Escape(clearFailure)}; changed documents may stand beside their earlier versions\n");
        if (r.GraphStore is { } store)
        {
            sb.Append(inv, $"  wrote to the triplestore at {r.GraphStoreTarget}: {store.GraphsWritten:N0} named graphs replaced ({store.TriplesWritten:N0} triples)\n");
            sb.Append(FormatGraphStoreProblems(r));
        }
        var seconds = Math.Max(r.Elapsed.TotalSeconds, 1e-6);
        sb.Append(inv, $"  {r.BytesRead / 1e6:0.00} MB of input in {r.Elapsed.TotalSeconds:0.00} s ({r.BytesRead / 1e6 / seconds:0.00} MB/s)\n");
        return sb.ToString();
    }

    /// <summary>
    /// What did not reach Neo4j: each failed batch with the server's reason, then every document whose facts are
    /// missing, and how to complete the job. Empty when everything landed. Printed even with --quiet.
    /// </summary>
    public static string FormatNeo4jProblems(ImportResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Neo4j is not { IsComplete: false } neo4j) return "";
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var failure in neo4j.Failures)
        {
            sb.Append(inv, $"  not written to Neo4j: {failure.Batch} after {failure.Attempts} {(failure.Attempts == 1 ? "try" : "tries")}: {DisplayText.Escape(failure.Reason)}\n");
        }
        if (neo4j.StoppedBecause is not null) sb.Append("  stopped writing to Neo4j: the connection was lost for good; nothing after that batch was sent\n");
        sb.Append(inv, $"  facts of {r.DocumentsNotWritten.Count} documents did not reach Neo4j:\n");
        foreach (var document in r.DocumentsNotWritten) sb.Append("    ").Append(DisplayText.Escape(document)).Append('\n');
        sb.Append("  run the same command again to complete the import: everything is merged on ids, so nothing is written twice\n");
        return sb.ToString();
    }

    /// <summary>
    /// What did not reach the triplestore: each refused graph with the store's reason, then every document whose
    /// graph is missing, and how to complete the job. Empty when everything landed. Printed even with --quiet.
    /// </summary>
    public static string FormatGraphStoreProblems(ImportResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.GraphStore is not { IsComplete: false } store) return "";
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var failure in store.Failures)
        {
            var what = failure.DocumentId is null ? $"the entity graph <{failure.GraphIri}>" : $"the graph <{failure.GraphIri}>";
            sb.Append(inv, $"  not written to the triplestore: {what} after {failure.Attempts} {(failure.Attempts == 1 ? "try" : "tries")}: {DisplayText.Escape(failure.Reason)}\n");
        }
        if (!store.EntitiesWritten && store.Failures.All(f => f.DocumentId is not null)) sb.Append("  the entity graph was not sent\n");
        if (store.StoppedBecause is not null) sb.Append("  stopped writing to the triplestore: no later request could succeed; nothing after that graph was sent\n");
        if (r.DocumentsNotInGraphStore.Count > 0)
        {
            sb.Append(inv, $"  graphs of {r.DocumentsNotInGraphStore.Count} documents did not reach the triplestore:\n");
            foreach (var document in r.DocumentsNotInGraphStore) sb.Append("    ").Append(DisplayText.Escape(document)).Append('\n');
        }
        sb.Append("  run the same command again to complete the import: each graph is replaced with PUT, so nothing is written twice\n");
        return sb.ToString();
    }

    private static int Count<T>(IReadOnlyDictionary<T, int> counts, T key) where T : notnull => counts.TryGetValue(key, out var n) ? n : 0;
}
