using Graph.Documents;

namespace Graph.Import.Tests;

/// <summary>A reporter that keeps what the runner tells it, as a program embedding the library would.</summary>
internal sealed class RecordingReporter : IImportReporter
{
    public List<string> Documents { get; } = [];

    public List<DocumentIssue> Issues { get; } = [];

    public List<string> Phases { get; } = [];

    public void DocumentDone(string source, long characters) => Documents.Add(source);

    public void Issue(DocumentIssue issue) => Issues.Add(issue);

    public void Phase(string description) => Phases.Add(description);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
