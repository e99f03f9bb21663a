using System.Text;

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

    /// <summary>The manifest's first property, which marks it as ours rather than any file of that name.</summary>
    public const string GeneratorMarker = "\"generator\": \"graph import\"";

    /// <summary>Why <paramref name="folder"/> must not be read as input, or null when it may be.</summary>
    public static string? ReasonNotToRead(string folder)
    {
        if (IsLockHeld(Path.Combine(folder, LockFileName))) return "the output folder of a graph import writing there now (it holds " + LockFileName + "); not read as input";
        return ManifestHead(folder) is not null ? "the output folder of a graph import (it holds its " + ManifestFileName + "); not read as input" : null;
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
        if (folder is null || ManifestHead(folder, whole: true) is not { } manifest) return false;
        var name = Path.GetFileName(file);
        return name == ManifestFileName || manifest.Contains("\"name\": \"" + name + "\"", StringComparison.Ordinal);
    }

    /// <summary>The manifest's text (its opening, unless <paramref name="whole"/>) when the folder holds one of ours.</summary>
    private static string? ManifestHead(string folder, bool whole = false)
    {
        var path = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[whole ? (int)Math.Min(stream.Length, 1 << 20) : 256];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var text = Encoding.UTF8.GetString(buffer, 0, read);
            return text.Contains(GeneratorMarker, StringComparison.Ordinal) ? text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
