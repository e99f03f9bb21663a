using System.Globalization;
using System.Text;
using Graph.Model;

namespace Graph.Cli.Import;

/// <summary>The summary printed after an import.</summary>
public static class ImportSummary
{
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
        if (r.FilesNotMatched > 0) sb.Append(inv, $"  {r.FilesNotMatched} files in folders did not match --include and were not read\n");
        sb.Append("  nodes: ").AppendJoin(", ", NodeLabels.All.Select(l => string.Create(inv, $"{l.Name()} {Count(r.NodeCounts, l)}")))
          .Append(inv, $" (total {r.NodeCounts.Values.Sum()})\n");
        sb.Append("  relationships: ").AppendJoin(", ", RelationshipTypes.All.Select(t => string.Create(inv, $"{t.Name()} {Count(r.RelationshipCounts, t)}")))
          .Append(inv, $" (total {r.RelationshipCounts.Values.Sum()})\n");
        foreach (var (path, bytes) in r.FilesWritten) sb.Append(inv, $"  wrote {path} ({bytes:N0} bytes)\n");
        if (r.FilesWritten.Count == 0) sb.Append("  nothing imported, so no files were written\n");
        var seconds = Math.Max(r.Elapsed.TotalSeconds, 1e-6);
        sb.Append(inv, $"  {r.BytesRead / 1e6:0.00} MB of input in {r.Elapsed.TotalSeconds:0.00} s ({r.BytesRead / 1e6 / seconds:0.00} MB/s)\n");
        return sb.ToString();
    }

    private static int Count<T>(IReadOnlyDictionary<T, int> counts, T key) where T : notnull => counts.TryGetValue(key, out var n) ? n : 0;
}
