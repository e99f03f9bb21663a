namespace Graph.Bolt.Messages;

/// <summary>
/// The <c>extra</c> dictionary of BEGIN, and of RUN in auto-commit (Bolt message spec, BEGIN/RUN):
/// <c>bookmarks</c>, <c>tx_timeout</c>, <c>tx_metadata</c>, <c>mode</c>, <c>db</c>, <c>imp_user</c>.
/// Absent entries take the server's defaults.
/// </summary>
public sealed record TransactionConfig
{
    /// <summary>An empty configuration: home database, write mode, no bookmarks.</summary>
    public static TransactionConfig Default { get; } = new();

    /// <summary>The database (<c>db</c>); null for the user's home database.</summary>
    public string? Database { get; init; }

    /// <summary>Bookmarks the transaction must see (<c>bookmarks</c>): causal consistency.</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>Read or write (<c>mode: "r"</c> for reads; writes leave it out).</summary>
    public AccessMode Mode { get; init; } = AccessMode.Write;

    /// <summary>The user to impersonate (<c>imp_user</c>, 4.4+).</summary>
    public string? ImpersonatedUser { get; init; }

    /// <summary>The server-side transaction timeout (<c>tx_timeout</c>, milliseconds on the wire).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Metadata attached to the transaction (<c>tx_metadata</c>), shown in the server's query listing.</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    /// <summary>The <c>extra</c> dictionary for this configuration.</summary>
    internal Dictionary<string, object?> ToExtra()
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Bookmarks.Count > 0) extra["bookmarks"] = Bookmarks;
        if (Timeout is { } timeout) extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        if (Metadata is { Count: > 0 }) extra["tx_metadata"] = Metadata;
        if (Mode == AccessMode.Read) extra["mode"] = "r";
        if (Database is not null) extra["db"] = Database;
        if (ImpersonatedUser is not null) extra["imp_user"] = ImpersonatedUser;
        return extra;
    }
}
