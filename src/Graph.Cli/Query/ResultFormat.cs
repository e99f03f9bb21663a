namespace Graph.Cli.Query;

/// <summary>How <c>graph query</c> prints records.</summary>
public enum ResultFormat
{
    /// <summary>An aligned table for reading, long values wrapped.</summary>
    Table,
    /// <summary>A JSON array with one object per record, one record per line.</summary>
    Json,
    /// <summary>RFC 4180 CSV with a header row; lists, maps, nodes and paths as JSON text.</summary>
    Csv,
}
