using Graph.Documents;
using Graph.Import;
using Spectre.Console;

namespace Graph.Cli.Import;

/// <summary>A live progress display on a terminal's standard error; problems are printed above it.</summary>
public sealed class ProgressBarReporter : IImportReporter
{
    private readonly IAnsiConsole _console;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ProgressTask> _task = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _display;
    private int _documents;

    /// <summary>Starts the display on <paramref name="error"/>.</summary>
    public ProgressBarReporter(TextWriter error)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        _display = _console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("reading", autoStart: true).IsIndeterminate();
                _task.SetResult(task);
                while (!_done.Task.IsCompleted)
                {
                    ctx.Refresh();
                    await Task.WhenAny(_done.Task, Task.Delay(100)).ConfigureAwait(false);
                }
                task.StopTask();
            });
    }

    /// <inheritdoc />
    public void DocumentDone(string source, long characters)
    {
        var n = Interlocked.Increment(ref _documents);
        if (_task.Task.IsCompleted) _task.Task.Result.Description = $"{n} documents - {Markup.Escape(Path.GetFileName(source))}";
    }

    /// <inheritdoc />
    public void Issue(DocumentIssue issue) =>
        _console.MarkupLine($"[{(issue.IsFatal ? "red" : "yellow")}]{(issue.IsFatal ? "error" : "warning")}[/]: {Markup.Escape(issue.ToString())}");

    /// <inheritdoc />
    public void Phase(string description)
    {
        if (_task.Task.IsCompleted) _task.Task.Result.Description = Markup.Escape(description);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _done.TrySetResult();
        await _display.ConfigureAwait(false);
    }
}
