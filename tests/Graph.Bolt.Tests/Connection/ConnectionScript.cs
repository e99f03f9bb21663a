using Graph.Bolt.Connection;
using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Connection;

/// <summary>Opens a <see cref="BoltConnection"/> over canned server bytes.</summary>
internal static class ConnectionScript
{
    public const string Password = "pa55-w0rd!";

    public static readonly BoltAddress Address = new("db.example", 7687);

    public static BoltConnectionSettings Settings(TimeSpan? readTimeout = null, TimeSpan? connectTimeout = null) => new()
    {
        UserAgent = "Graph/1.0",
        Auth = AuthToken.Basic("neo4j", Password),
        ReadTimeout = readTimeout ?? TimeSpan.FromSeconds(5),
        ConnectTimeout = connectTimeout ?? TimeSpan.FromSeconds(5),
    };

    /// <summary>A 5.4 server that accepts HELLO and LOGON, then says what <paramref name="then"/> adds.</summary>
    public static CannedReplies Bolt54(Func<CannedReplies, CannedReplies>? then = null)
    {
        var replies = new CannedReplies().Version(5, 4).HelloSuccess().Success();
        return then?.Invoke(replies) ?? replies;
    }

    public static async Task<(BoltConnection Connection, ScriptedStream Stream)> OpenAsync(
        CannedReplies replies,
        bool hangAtEnd = false,
        BoltConnectionSettings? settings = null)
    {
        var stream = new ScriptedStream(replies.ToArray(), hangAtEnd);
        var connection = await BoltConnection.OpenAsync(stream, Address, settings ?? Settings());
        return (connection, stream);
    }
}
