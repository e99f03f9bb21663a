namespace Graph.Import;

/// <summary>Another import is writing into the output folder; nothing was read or written.</summary>
public sealed class OutputLockedException(string folder, Exception inner)
    : IOException($"another graph import is writing into {folder} now (it holds {Path.Combine(folder, OutputTransaction.LockFileName)}); wait for it to finish, or choose another --out", inner)
{
    /// <summary>The output folder.</summary>
    public string Folder { get; } = folder;
}
