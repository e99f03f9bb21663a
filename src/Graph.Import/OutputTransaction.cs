using System.Globalization;
using Graph.Documents;

namespace Graph.Import;

/// <summary>
/// The files of one import, put in place together or not at all. Everything is written into a staging folder inside
/// the output folder (the same file system, so that moving is renaming); only when every file is complete are they
/// renamed over the earlier ones, one rename each, with no work in between. An import that fails or is stopped
/// (Ctrl-C, SIGTERM, a full disk) leaves the earlier files as they were and its staging folder removed; one killed
/// outright leaves a staging folder that the next import into the folder removes. A lock file stops a second import
/// into the same folder while one runs: the lock is the operating system's (released when the process ends, however
/// it ends), so a lock file left by a killed import never blocks the next one. Files the user keeps in the folder
/// are never touched.
/// </summary>
public sealed class OutputTransaction : IDisposable
{
    /// <summary>The lock file's name in the output folder (hidden: a folder walk never reads it as input).</summary>
    public const string LockFileName = ImportOutputFolder.LockFileName;

    private const string StagingPrefix = ".graph-staging-";

    private readonly FileStream _lock;
    private readonly string _staging;
    private readonly List<string> _staged = [];
    private bool _committed;
    private bool _disposed;

    private OutputTransaction(string folder, FileStream lockStream, string staging)
    {
        Folder = folder;
        _lock = lockStream;
        _staging = staging;
    }

    /// <summary>The output folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// Takes the output folder: creates it if needed, locks it, removes what killed imports left, opens a staging folder.
    /// </summary>
    /// <exception cref="OutputLockedException">Another import is writing into the folder now.</exception>
    /// <exception cref="IOException">The folder cannot be created or written.</exception>
    public static OutputTransaction Begin(string folder)
    {
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, LockFileName);
        FileStream lockStream;
        try
        {
            // FileShare.None takes an exclusive flock on Unix: held until this process closes the file or ends.
            lockStream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (File.Exists(lockPath))
        {
            throw new OutputLockedException(folder, e);
        }
        try
        {
            foreach (var stale in Directory.EnumerateDirectories(folder, StagingPrefix + "*")) Directory.Delete(stale, recursive: true);
            var staging = Path.Combine(folder, StagingPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(staging);
            var stamp = string.Create(CultureInfo.InvariantCulture, $"graph import, process {Environment.ProcessId}, since {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n");
            lockStream.SetLength(0);
            lockStream.Write(System.Text.Encoding.UTF8.GetBytes(stamp));
            lockStream.Flush();
            return new OutputTransaction(folder, lockStream, staging);
        }
        catch
        {
            lockStream.Dispose();
            throw;
        }
    }

    /// <summary>Where to write the output named <paramref name="name"/> (a file or a folder) until it is committed.</summary>
    public string Stage(string name)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        _staged.Add(name);
        return Path.Combine(_staging, name);
    }

    /// <summary>The final path of an output.</summary>
    public string FinalPath(string name) => Path.Combine(Folder, name);

    /// <summary>
    /// Puts every staged output in place of the earlier one, by renames only. Returns the names of the outputs that
    /// replaced earlier ones.
    /// </summary>
    public IReadOnlyList<string> Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        var replaced = new List<string>();
        var retired = Path.Combine(_staging, ".retired");
        foreach (var name in _staged)
        {
            var staged = Path.Combine(_staging, name);
            var final = FinalPath(name);
            if (Directory.Exists(staged))
            {
                // A folder cannot be renamed over another: the earlier one steps aside into the staging folder first.
                if (Directory.Exists(final))
                {
                    Directory.CreateDirectory(retired);
                    Directory.Move(final, Path.Combine(retired, name));
                    replaced.Add(name);
                }
                Directory.Move(staged, final);
            }
            else
            {
                if (File.Exists(final)) replaced.Add(name);
                File.Move(staged, final, overwrite: true);
            }
        }
        _committed = true;
        return replaced;
    }

    /// <summary>Removes the staging folder (and with it anything not committed) and releases the lock.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next import into this folder to remove; the earlier outputs are intact either way.
        }
        catch (UnauthorizedAccessException)
        {
        }
        var lockPath = _lock.Name;
        // Deleted while still held, so no other import can take a lock on the old file between the two steps.
        try
        {
            File.Delete(lockPath);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        _lock.Dispose();
    }
}
