using System.Text.Json;

namespace Graph.Documents;

/// <summary>
/// Tells the folders that hold what an import wrote, so that they are never read back as articles: a folder holding a
/// manifest written by <c>graph import</c>, or the lock of an import writing there now. Reading <c>graph-out/graph.jsonl</c>
/// as input would turn every line of the graph into a broken article.
/// </summary>
public static class ImportOutputFolder
{
    /// <summary>The manifest every import writes last into its output folder.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>The lock an import holds on its output folder while it writes.</summary>
    public const string LockFileName = ".graph-import.lock";

    /// <summary>The manifest's <c>generator</c>, which marks it as ours rather than any file of that name.</summary>
    public const string Generator = "graph import";

    /// <summary>Why <paramref name="folder"/> must not be read as input, or null when it may be.</summary>
    public static string? ReasonNotToRead(string folder)
    {
        if (IsLockHeld(Path.Combine(folder, LockFileName))) return "the output folder of a graph import writing there now (it holds " + LockFileName + "); not read as input";
        return ListedOutputs(folder) is not null ? "the output folder of a graph import (it holds its " + ManifestFileName + "); not read as input" : null;
    }

    /// <summary>
    /// Whether an import holds the lock now. A lock file a killed import left is not held (the lock is the operating
    /// system's, gone with the process), and does not make its folder an output folder.
    /// </summary>
    private static bool IsLockHeld(string path)
    {
        if (!File.Exists(path)) return false;
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="file"/> is one of the outputs the manifest beside it lists.</summary>
    public static bool IsListedOutput(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is null || ListedOutputs(folder) is not { } outputs) return false;
        var name = Path.GetFileName(file);
        return name == ManifestFileName || outputs.Contains(name, StringComparer.Ordinal);
    }

    /// <summary>
    /// The outputs (file and folder names) the manifest in <paramref name="folder"/> lists, or null when the folder holds
    /// no manifest of ours. Only plain names in the folder itself are taken: a manifest never names anything else.
    /// </summary>
    public static IReadOnlyList<string>? ListedOutputs(string folder)
    {
        var path = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("generator", out var generator) || generator.ValueKind != JsonValueKind.String
                || generator.GetString() != Generator) return null;
            if (!root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array) return [];
            return files.EnumerateArray()
                .Select(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null)
                .Where(n => !string.IsNullOrEmpty(n) && n == Path.GetFileName(n) && n is not "." and not "..")
                .Select(n => n!).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
