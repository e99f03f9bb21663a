using System.Text;

namespace Graph.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("graph-tests-").FullName;

    public string Path { get; }

    /// <summary>The full path of a name inside the folder (nothing is created).</summary>
    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes UTF-8 text (no BOM) to a path relative to the folder, creating sub-folders; returns the full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes bytes to a path relative to the folder, creating sub-folders; returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = File(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a crashed child process: leave it to the OS's temp cleaning.
        }
    }
}
