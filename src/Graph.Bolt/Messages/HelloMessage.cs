using System.Runtime.InteropServices;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>
/// HELLO (Bolt message spec, HELLO; appendix version 4 and 5 for the changes):
/// <c>user_agent</c> always; the credentials before 5.1 (from 5.1 they go in LOGON);
/// <c>routing</c> for <c>neo4j://</c> URIs; <c>patch_bolt: ["utc"]</c> on 4.4 to ask for UTC
/// date-times; the notification filter from 5.2; <c>bolt_agent</c> from 5.3.
/// </summary>
public sealed class HelloMessage : IRequestMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="userAgent">The user agent, e.g. <c>Graph/1.0</c>.</param>
    /// <param name="auth">The credentials; written here only before Bolt 5.1.</param>
    /// <param name="routingContext">The routing context; null for a direct (<c>bolt://</c>) connection.</param>
    /// <param name="notifications">The notification filter (5.2+); null for the server's default.</param>
    public HelloMessage(
        string userAgent,
        AuthToken auth,
        IReadOnlyDictionary<string, object?>? routingContext = null,
        NotificationFilter? notifications = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userAgent);
        ArgumentNullException.ThrowIfNull(auth);
        UserAgent = userAgent;
        Auth = auth;
        RoutingContext = routingContext;
        Notifications = notifications;
    }

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Hello;

    /// <summary>The user agent.</summary>
    public string UserAgent { get; }

    /// <summary>The credentials.</summary>
    public AuthToken Auth { get; }

    /// <summary>The routing context, or null.</summary>
    public IReadOnlyDictionary<string, object?>? RoutingContext { get; }

    /// <summary>The notification filter, or null.</summary>
    public NotificationFilter? Notifications { get; }

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = UserAgent };
        if (version < BoltProtocolVersion.V51) Auth.AddTo(extra);
        if (RoutingContext is not null) extra["routing"] = RoutingContext;
        if (version == BoltProtocolVersion.V44)
        {
            // Bolt 4.4 servers that know the patch answer with patch_bolt: ["utc"] and then use DateTime 49/69.
            extra["patch_bolt"] = new[] { "utc" };
        }

        if (version >= BoltProtocolVersion.V52 && Notifications is { } filter)
        {
            if (filter.MinimumSeverity is not null) extra["notifications_minimum_severity"] = filter.MinimumSeverity;
            if (filter.DisabledCategories is not null) extra["notifications_disabled_categories"] = filter.DisabledCategories;
        }

        if (version >= BoltProtocolVersion.V53)
        {
            // bolt_agent is mandatory from 5.3: product is required, the rest describes the platform.
            extra["bolt_agent"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["product"] = UserAgent,
                ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
                ["language"] = $".NET/{Environment.Version}",
                ["language_details"] = RuntimeInformation.FrameworkDescription,
            };
        }

        writer.WriteStructureHeader(1, (byte)Signature);
        writer.WriteMap(extra);
    }

    /// <summary>The message without its secret.</summary>
    public override string ToString() => $"HELLO {{user_agent: {UserAgent}, auth: {Auth}, routing: {(RoutingContext is null ? "none" : "yes")}}}";
}
