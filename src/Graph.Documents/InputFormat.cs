namespace Graph.Documents;

/// <summary>How to read an input file.</summary>
public enum InputFormat
{
    /// <summary>
    /// By extension (<c>.jsonl</c>/<c>.ndjson</c> JSON Lines, <c>.txt</c> text, <c>.html</c>/<c>.htm</c> pages, <c>.pdf</c>,
    /// <c>.docx</c>) and else by the first bytes; a PDF or a ZIP archive is never read as text whatever its name.
    /// </summary>
    Auto,
    /// <summary>One article per file, plain text.</summary>
    Text,
    /// <summary>One article per line: <c>{"id","date","title","text","url"}</c>, only <c>text</c> required.</summary>
    JsonLines,
    /// <summary>A saved web page: the article in it, with title, date and URL from its metadata.</summary>
    Html,
    /// <summary>A PDF file: its pages' text in reading order.</summary>
    Pdf,
    /// <summary>A Word file (<c>.docx</c>): its paragraphs.</summary>
    Word,
}
