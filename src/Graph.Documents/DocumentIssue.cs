namespace Graph.Documents;

/// <summary>A problem with an input, named so the user can find it: <c>source: message</c>.</summary>
/// <param name="Source">The file (and line, for JSON Lines) the problem is in.</param>
/// <param name="Message">What is wrong, in one line.</param>
/// <param name="IsFatal">True when the input could not be read as a document at all.</param>
public sealed record DocumentIssue(string Source, string Message, bool IsFatal)
{
    /// <summary>The issue as one line for people: <c>source: message</c>, with control characters in either escaped.</summary>
    public override string ToString() => $"{DisplayText.Escape(Source)}: {DisplayText.Escape(Message)}";
}
