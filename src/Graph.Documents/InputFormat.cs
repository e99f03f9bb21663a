namespace Graph.Documents;

/// <summary>How to read an input file.</summary>
public enum InputFormat
{
    /// <summary>By extension: <c>.jsonl</c> and <c>.ndjson</c> are JSON Lines, everything else plain text.</summary>
    Auto,
    /// <summary>One article per file, plain text.</summary>
    Text,
    /// <summary>One article per line: <c>{"id","date","title","text","url"}</c>, only <c>text</c> required.</summary>
    JsonLines,
}
