using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Graph.Cli.Tests;

/// <summary>
/// Ctrl-C and a service manager's SIGTERM sent to the real process while it writes its outputs: the import stops
/// with a message and the earlier import's files stay as they were, with no staging folder left behind.
/// </summary>
public class SignalTests
{
    private const int Sigint = 2;
    private const int Sigterm = 15;

    [Theory]
    [InlineData(Sigterm)]
    [InlineData(Sigint)]
    public async Task A_signal_while_writing_leaves_the_earlier_files_as_they_were(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using var temp = new TempFolder();
        var input = temp.File("feed.jsonl");
        File.WriteAllText(input, ManyArticles(4000));
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "graph.jsonl"), "earlier jsonl\n");
        File.WriteAllText(Path.Combine(output, "graph.nt"), "earlier nt\n");

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        foreach (var a in new[] { "import", input, "--out", output, "--format", "all" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();

        // Writing has begun when the first output file appears in the staging folder.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && !StagedFileExists(output))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the import never began writing");
            await Task.Delay(5);
        }
        process.HasExited.Should().BeFalse("the import must still be writing when the signal comes; make the input larger if not");
        Kill(process.Id, signal).Should().Be(0);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var error = await stderr;
        await stdout;

        process.ExitCode.Should().Be(3, error);
        error.Should().Contain("graph: cancelled; stopped before any output was replaced");
        File.ReadAllText(Path.Combine(output, "graph.jsonl")).Should().Be("earlier jsonl\n");
        File.ReadAllText(Path.Combine(output, "graph.nt")).Should().Be("earlier nt\n");
        Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Should()
            .BeEquivalentTo(["graph.jsonl", "graph.nt"], "no staging folder, lock or new output is left behind");
    }

    private static bool StagedFileExists(string output) =>
        Directory.EnumerateDirectories(output, ".graph-staging-*").Any(d => Directory.EnumerateFileSystemEntries(d).Any());

    /// <summary>Generated articles of my own wording, enough that writing every format takes seconds.</summary>
    private static string ManyArticles(int count)
    {
        string[] countries = ["Portugal", "Kenya", "Chile", "Norway", "Vietnam", "Ghana"];
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var a = countries[i % countries.Length];
            var b = countries[(i + 1) % countries.Length];
            text.Append("{\"id\":\"a").Append(i).Append("\",\"text\":\"Foreign Minister Ana Duarte").Append(i % 50)
                .Append(" said ").Append(a).Append(" supports the Coastal Railway Project.\\n\\n")
                .Append("Minister Li Wen").Append(i % 40).Append(" of ").Append(b)
                .Append(" said talks on the Harbour Agreement would resume next month.\"}\n");
        }
        return text.ToString();
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
