namespace Graph.Documents;

/// <summary>
/// Lists the files under a folder safely: a folder reached through links is read once however many ways lead to it
/// (a link back to a parent would otherwise make the walk endless), hidden files and folders are left out, and only
/// regular files are returned; a FIFO, socket or device matching the patterns is named and skipped, never opened
/// (opening a FIFO waits for a writer for ever; a link to /dev/zero never ends).
/// </summary>
internal static class FolderWalker
{
    /// <summary>A path found and what it is; <paramref name="Problem"/> is set for paths that are named and not read.</summary>
    internal readonly record struct Entry(string Path, string? Problem);

    /// <summary>
    /// Every visible file and every skipped path under <paramref name="root"/>, in no set order. Folders themselves are
    /// walked before folders reached through links, so that when two paths lead to one folder the link is the one named.
    /// </summary>
    /// <param name="root">The folder to walk.</param>
    /// <param name="notToRead">Why a folder below the root must not be read (an import's output folder), or null.</param>
    public static IEnumerable<Entry> Walk(string root, Func<string, string?> notToRead)
    {
        var rootStatus = FileStatus.Of(root);
        var seen = new HashSet<(ulong, ulong)> { (rootStatus.Device, rootStatus.Inode) };
        var folders = new Queue<string>();
        var links = new List<string>();
        folders.Enqueue(root);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        while (folders.Count > 0 || links.Count > 0)
        {
            if (folders.Count == 0)
            {
                // Every folder reachable without a link is known now: follow the first link whose folder is new.
                links.Sort(StringComparer.Ordinal);
                var link = links[0];
                links.RemoveAt(0);
                var status = FileStatus.Of(link);
                if (!seen.Add((status.Device, status.Inode))) yield return new Entry(link + Path.DirectorySeparatorChar, AlreadyRead);
                else if (notToRead(link) is { } linkReason) yield return new Entry(link + Path.DirectorySeparatorChar, linkReason);
                else folders.Enqueue(link);
                continue;
            }
            var folder = folders.Dequeue();
            foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", options))
            {
                if (Path.GetFileName(path).StartsWith('.')) continue;
                var status = FileStatus.Of(path);
                switch (status.Kind)
                {
                    case FileKind.Folder when new FileInfo(path).LinkTarget is not null:
                        links.Add(path);
                        break;
                    case FileKind.Folder:
                        if (!seen.Add((status.Device, status.Inode))) break;
                        if (notToRead(path) is { } reason) yield return new Entry(path + Path.DirectorySeparatorChar, reason);
                        else folders.Enqueue(path);
                        break;
                    case FileKind.Regular:
                        yield return new Entry(path, null);
                        break;
                    case FileKind.Special:
                        yield return new Entry(path, "not a regular file (a FIFO, socket or device); skipped");
                        break;
                    default:
                        yield return new Entry(path, "a link to nothing (its target does not exist); skipped");
                        break;
                }
            }
        }
    }

    private const string AlreadyRead = "a link to a folder that is read already (a loop, or a second way to the same folder); not followed";
}
