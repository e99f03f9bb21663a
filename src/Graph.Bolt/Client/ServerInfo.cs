namespace Graph.Bolt.Client;

/// <summary>What <see cref="BoltClient.VerifyConnectivityAsync"/> found.</summary>
/// <param name="Address">The server that answered, <c>host:port</c>.</param>
/// <param name="Agent">The server's agent, e.g. <c>Neo4j/5.26.0</c>.</param>
/// <param name="ProtocolVersion">The Bolt version agreed, e.g. <c>5.4</c>.</param>
public sealed record ServerInfo(string Address, string Agent, string ProtocolVersion);
