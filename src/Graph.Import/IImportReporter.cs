using Graph.Documents;

namespace Graph.Import;

/// <summary>Where an import tells the user how it is going: a progress bar, plain lines, or nothing.</summary>
public interface IImportReporter : IAsyncDisposable
{
    /// <summary>A document was read and extracted.</summary>
    void DocumentDone(string source, long characters);

    /// <summary>A problem with an input: a warning (the document was still read) or a failure (it was not).</summary>
    void Issue(DocumentIssue issue);

    /// <summary>A phase of the job started ("writing graph.jsonl").</summary>
    void Phase(string description);
}
