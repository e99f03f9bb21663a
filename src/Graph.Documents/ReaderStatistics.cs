namespace Graph.Documents;

/// <summary>Counts kept while reading, for the summary.</summary>
public sealed class ReaderStatistics
{
    /// <summary>Files found in folders that no <c>--include</c> pattern matched (not read).</summary>
    public int FilesNotMatched { get; internal set; }

    /// <summary>Bytes read from all inputs.</summary>
    public long BytesRead { get; internal set; }

    /// <summary>Characters of decoded text passed on as documents.</summary>
    public long CharactersRead { get; internal set; }
}
