using System.Globalization;
using Graph.Documents;
using Graph.Import;

namespace Graph.Cli.Import;

/// <summary>Progress as plain lines, for logs and pipes: problems at once, a count now and then.</summary>
public sealed class PlainReporter(TextWriter error, bool showProgress) : IImportReporter
{
    private readonly Lock _lock = new();
    private int _documents;
    private long _characters;
    private long _lastReport = Environment.TickCount64;

    /// <inheritdoc />
    public void DocumentDone(string source, long characters)
    {
        lock (_lock)
        {
            _documents++;
            _characters += characters;
            if (showProgress && Environment.TickCount64 - _lastReport >= 2000)
            {
                _lastReport = Environment.TickCount64;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph: {_documents} documents read ({_characters / 1e6:0.0} M characters)"));
            }
        }
    }

    /// <inheritdoc />
    public void Issue(DocumentIssue issue)
    {
        lock (_lock) error.WriteLine($"graph: {(issue.IsFatal ? "error" : "warning")}: {issue}");
    }

    /// <inheritdoc />
    public void Phase(string description)
    {
        if (!showProgress) return;
        lock (_lock) error.WriteLine($"graph: {description}");
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
