using System.Runtime.InteropServices;

namespace Graph.Documents;

/// <summary>What a path is, after following links: its kind and, for folders, an identity (device and inode).</summary>
/// <param name="Kind">A regular file, a folder, something else (FIFO, socket, device), or nothing (a broken link).</param>
/// <param name="Device">The device number; with <paramref name="Inode"/>, the same for every path to one folder.</param>
/// <param name="Inode">The inode number.</param>
internal readonly record struct FileStatus(FileKind Kind, ulong Device, ulong Inode)
{
    /// <summary>
    /// The status of <paramref name="path"/> from the C library's <c>stat</c>, which follows links. .NET reports a FIFO,
    /// a socket and a device as ordinary files (opening a FIFO then blocks for ever), and has no inode to tell that two
    /// paths are one folder; both are needed to walk folders safely. Where <c>stat</c>'s layout is not known (not
    /// Linux on x64 or arm64), folders are told apart by their full resolved path and every file counts as regular.
    /// </summary>
    public static FileStatus Of(string path)
    {
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64)
        {
            Span<byte> buffer = stackalloc byte[256];
            if (Stat(System.Text.Encoding.UTF8.GetBytes(path + "\0"), ref MemoryMarshal.GetReference(buffer)) != 0) return new FileStatus(FileKind.Missing, 0, 0);
            var device = MemoryMarshal.Read<ulong>(buffer);
            var inode = MemoryMarshal.Read<ulong>(buffer[8..]);
            // struct stat: st_mode follows st_nlink (8 bytes) on x86-64, and comes before it on the generic arm64 layout.
            var mode = MemoryMarshal.Read<uint>(buffer[(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16)..]);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Folder,
                _ => FileKind.Special,
            };
            return new FileStatus(kind, device, inode);
        }
        if (Directory.Exists(path))
        {
            var target = new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            return new FileStatus(FileKind.Folder, 0, (ulong)StringComparer.Ordinal.GetHashCode(target));
        }
        return new FileStatus(File.Exists(path) ? FileKind.Regular : FileKind.Missing, 0, 0);
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat(byte[] nullTerminatedUtf8Path, ref byte buffer);
}

/// <summary>Kinds of paths a folder walk meets.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Folder,
    Special,
}
