using System.Security.Cryptography.X509Certificates;
using Graph.Bolt.Messages;

namespace Graph.Bolt.Connection;

/// <summary>What a <see cref="BoltConnection"/> needs to open: identity, credentials, timeouts, TLS.</summary>
public sealed class BoltConnectionSettings
{
    /// <summary>The user agent sent in HELLO.</summary>
    public string UserAgent { get; init; } = "Graph/1.0";

    /// <summary>The credentials (HELLO before 5.1, LOGON from 5.1).</summary>
    public AuthToken Auth { get; init; } = AuthToken.None;

    /// <summary>The routing context for <c>neo4j://</c> URIs; null for direct connections.</summary>
    public IReadOnlyDictionary<string, object?>? RoutingContext { get; init; }

    /// <summary>The time allowed to connect, agree on TLS, shake hands and log on.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The time allowed for each answer from the server; <see cref="Timeout.InfiniteTimeSpan"/> waits for ever.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether and how to use TLS.</summary>
    public BoltEncryption Encryption { get; init; } = BoltEncryption.None;

    /// <summary>A root certificate to trust besides the system store, for <see cref="BoltEncryption.Verified"/>.</summary>
    public X509Certificate2? TrustedRootCertificate { get; init; }

    /// <summary>The notification filter (5.2+); null for the server's default.</summary>
    public NotificationFilter? Notifications { get; init; }

    /// <summary>The settings with the secret hidden.</summary>
    public override string ToString() =>
        $"{{user_agent: {UserAgent}, auth: {Auth}, encryption: {Encryption}, connect: {ConnectTimeout}, read: {ReadTimeout}}}";
}
