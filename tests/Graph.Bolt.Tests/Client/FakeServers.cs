using Graph.Bolt.Client;
using Graph.Bolt.Connection;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Client;

/// <summary>
/// Stands in for the network under a <see cref="BoltClient"/>: each connection to an address takes
/// the next canned script for it; with none left, the connection is refused. Every stream is kept
/// so that tests can read what the client sent.
/// </summary>
internal sealed class FakeServers
{
    public const string Password = "n0t-in-logs";

    private readonly Dictionary<BoltAddress, Queue<(CannedReplies Replies, bool HangAtEnd)>> _scripts = [];

    public List<(BoltAddress Address, ScriptedStream Stream)> Opened { get; } = [];

    public List<BoltConnectionSettings> Settings { get; } = [];

    /// <summary>Adds a script for the next connection to <paramref name="address"/>; at its end the server stays silent, or with <paramref name="hangAtEnd"/> false closes the connection.</summary>
    public FakeServers Script(string address, CannedReplies replies, bool hangAtEnd = true)
    {
        var key = BoltAddress.Parse(address);
        if (!_scripts.TryGetValue(key, out var queue)) _scripts[key] = queue = new Queue<(CannedReplies, bool)>();
        queue.Enqueue((replies, hangAtEnd));
        return this;
    }

    public BoltClient Client(string uri, Func<BoltClientOptions, BoltClientOptions>? configure = null)
    {
        var options = new BoltClientOptions
        {
            Uri = new Uri(uri),
            User = "neo4j",
            Password = Password,
            ReadTimeout = TimeSpan.FromSeconds(2),
            RetryDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        };
        return BoltClient.Create(configure?.Invoke(options) ?? options, ConnectAsync, TimeProvider.System);
    }

    public async Task<IReadOnlyList<SentMessage>> SentTo(string address, int connection = 0)
    {
        var key = BoltAddress.Parse(address);
        return await SentMessage.DecodeAsync(Opened.Where(o => o.Address == key).ElementAt(connection).Stream.Written);
    }

    private Task<BoltConnection> ConnectAsync(BoltAddress address, BoltConnectionSettings settings, CancellationToken ct)
    {
        Settings.Add(settings);
        if (!_scripts.TryGetValue(address, out var queue) || queue.Count == 0)
        {
            throw new TransportException($"could not open a Bolt connection to {address}: connection refused", new IOException("refused"));
        }

        // A server with nothing more to say stays silent: an unexpected read then hits the read timeout.
        var (replies, hangAtEnd) = queue.Dequeue();
        var stream = new ScriptedStream(replies.ToArray(), hangAtEnd);
        Opened.Add((address, stream));
        return BoltConnection.OpenAsync(stream, address, settings, ct);
    }
}
