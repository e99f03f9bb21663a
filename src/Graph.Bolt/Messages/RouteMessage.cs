using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// ROUTE (Bolt message spec, ROUTE): the routing context, bookmarks, and from 4.4 an <c>extra</c>
/// dictionary with <c>db</c> and <c>imp_user</c> (4.3 sent <c>db</c> as a plain string).
/// </summary>
public sealed class RouteMessage : IRequestMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="routingContext">The routing context: at least <c>address</c>, the host and port the client used.</param>
    /// <param name="bookmarks">Bookmarks, so that a new database is visible to the router.</param>
    /// <param name="database">The database; null for the user's home database.</param>
    /// <param name="impersonatedUser">The user to impersonate, or null.</param>
    public RouteMessage(
        IReadOnlyDictionary<string, object?> routingContext,
        IReadOnlyList<string>? bookmarks,
        string? database,
        string? impersonatedUser = null)
    {
        ArgumentNullException.ThrowIfNull(routingContext);
        RoutingContext = routingContext;
        Bookmarks = bookmarks ?? [];
        Database = database;
        ImpersonatedUser = impersonatedUser;
    }

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Route;

    /// <summary>The routing context.</summary>
    public IReadOnlyDictionary<string, object?> RoutingContext { get; }

    /// <summary>The bookmarks.</summary>
    public IReadOnlyList<string> Bookmarks { get; }

    /// <summary>The database, or null for the home database.</summary>
    public string? Database { get; }

    /// <summary>The user to impersonate, or null.</summary>
    public string? ImpersonatedUser { get; }

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(3, (byte)Signature);
        writer.WriteMap(RoutingContext);
        writer.WriteList(Bookmarks);
        if (version < BoltProtocolVersion.V44)
        {
            if (Database is null) writer.WriteNull();
            else writer.WriteString(Database);
            return;
        }

        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Database is not null) extra["db"] = Database;
        if (ImpersonatedUser is not null) extra["imp_user"] = ImpersonatedUser;
        writer.WriteMap(extra);
    }

    /// <inheritdoc/>
    public override string ToString() => $"ROUTE {{db: {Database ?? "(home)"}}}";
}
