using System.ComponentModel;
using System.Diagnostics;

namespace Graph.TestSupport;

/// <summary>
/// Runs an independent checker (node, serdi, rapper...) as a process with a time limit. A tool that is not
/// installed fails the test with what to do, never skips it.
/// </summary>
public static class ToolRun
{
    /// <summary>What the tool printed and how it exited.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/>; <paramref name="whenMissing"/> says how to install it.</summary>
    public static async Task<Result> RunAsync(string tool, IEnumerable<string> args, string whenMissing, string? workingDirectory = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"`{tool}` could not be started ({e.Message}): {whenMissing}");
            throw;
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{tool} {string.Join(' ', args)} took longer than {limit ?? TimeSpan.FromMinutes(3)}");
            }
            return new Result(process.ExitCode, await output, await error);
        }
    }
}
