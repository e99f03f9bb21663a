namespace Graph.BoltServer.Tests;

/// <summary>Script openings shared by the scenarios.</summary>
internal static class Scripts
{
    /// <summary>The agent the double announces, which driver.getServerInfo() must report.</summary>
    public const string Agent = "Neo4j/5.20.0";

    /// <summary>The credentials every scenario gives: neo4j.auth.basic("neo4j", "secret").</summary>
    public static readonly object BasicAuth = new { scheme = "basic", principal = "neo4j", credentials = "secret" };

    /// <summary>
    /// Handshake and authentication as the JS driver does them: from 5.1 HELLO then LOGON (sent back to back),
    /// before 5.1 the credentials in HELLO itself (appendix/version-5).
    /// </summary>
    public static Script Connected(string version = "5.4", bool manifest = false, object? hints = null, object? hello = null, string connectionId = "bolt-1")
    {
        var metadata = new { server = Agent, connection_id = connectionId, hints = hints ?? new { } };
        var script = Script.Handshake(version, manifest);
        var parsed = Version.Parse(version);
        return parsed >= new Version(5, 1)
            ? script.ExpectHello(hello).Success(metadata).ExpectLogon(BasicAuth).Success()
            : script.ExpectHello(hello ?? BasicAuth).Success(metadata);
    }
}
