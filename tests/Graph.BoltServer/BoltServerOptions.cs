namespace Graph.BoltServer;

/// <summary>How a <see cref="ScriptedBoltServer"/> listens.</summary>
public sealed record BoltServerOptions
{
    /// <summary>Wrap every connection in TLS with a self-signed certificate made in-process (for <c>bolt+ssc://</c>).</summary>
    public bool Tls { get; init; }

    /// <summary>The server's whole life: after it, every connection is closed and unfinished scripts are reported.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
