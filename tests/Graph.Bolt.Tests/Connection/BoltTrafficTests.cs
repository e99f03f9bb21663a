using System.Globalization;
using Graph.Bolt.Connection;
using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;
using Xunit.Abstractions;
using static Graph.Bolt.Tests.Connection.ConnectionScript;

namespace Graph.Bolt.Tests.Connection;

/// <summary>
/// What a batch of the import costs on the wire: 10,000 rows of the shape the Neo4j writer sends, in one explicit
/// transaction, are four messages in two trips (BEGIN, RUN and PULL together; COMMIT), and the bytes are the rows'
/// PackStream and little more.
/// </summary>
public sealed class BoltTrafficTests(ITestOutputHelper output)
{
    private const int Rows = 10_000;

    /// <summary>Rows as the writer's UNWIND batches carry them: an id, a start and an end, and the properties.</summary>
    private static List<object?> SaidRows() => Enumerable.Range(0, Rows).Select(i => (object?)new Dictionary<string, object?>
    {
        ["id"] = string.Create(CultureInfo.InvariantCulture, $"rel/{i:x24}"),
        ["start"] = "person/ol-brsk",
        ["end"] = string.Create(CultureInfo.InvariantCulture, $"statement/f89f13666d0df265-{i}"),
        ["props"] = new Dictionary<string, object?>
        {
            ["confidence"] = 0.8,
            ["documentId"] = "doc/f89f13666d0df265",
            ["evidence"] = "Harbour chief Ola Brisk said on Monday that Norway backed the Eastbrook Ferry Project.",
            ["rule"] = "said.reported-after",
            ["sentence"] = (long)(i % 40),
            ["start"] = (long)i * 100,
            ["end"] = (long)i * 100 + 86,
            ["verb"] = "said",
        },
    }).ToList();

    [Fact]
    public async Task Ten_thousand_rows_in_one_transaction_are_four_messages_in_two_trips_and_their_packstream_bytes()
    {
        var (connection, stream) = await OpenAsync(Bolt54(r => r
            .Success()
            .RunSuccess().Success(("type", "w"))
            .Success(("bookmark", "FB:1"))));
        var before = connection.Traffic;
        var rows = SaidRows();

        await connection.BeginAsync(TransactionConfig.Default);
        var cursor = await connection.RunAsync("UNWIND $rows AS row MATCH (a:Person {id: row.start}) MATCH (b:Statement {id: row.end}) MERGE (a)-[r:SAID {id: row.id}]->(b) SET r += row.props",
            new Dictionary<string, object?> { ["rows"] = rows }, null, -1);
        await cursor.ToListAsync();
        await connection.CommitAsync();

        var traffic = connection.Traffic;
        var sent = traffic.MessagesSent - before.MessagesSent;
        var trips = traffic.Flushes - before.Flushes;
        var bytes = traffic.BytesSent - before.BytesSent;
        var payload = Hex.PackBytes(rows).Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Rows:N0} rows: {sent} messages sent in {trips} trips, {bytes:N0} bytes sent ({bytes / (double)Rows:0.0} per row; the rows' PackStream is {payload:N0}), {traffic.MessagesReceived - before.MessagesReceived} messages received"));
        sent.Should().Be(4);
        trips.Should().Be(2, "BEGIN goes out with RUN and PULL");
        bytes.Should().BeLessThan(payload + 1_000, "the statement, the framing and the other messages add well under a kilobyte");
        (await SentMessage.DecodeAsync(stream.Written)).Skip(2).Select(m => m.Signature).Should()
            .Equal(MessageSignature.Begin, MessageSignature.Run, MessageSignature.Pull, MessageSignature.Commit);
    }

    [Fact]
    public async Task A_refused_BEGIN_sent_with_the_first_RUN_throws_the_servers_error_there_and_leaves_the_connection_usable()
    {
        var (connection, stream) = await OpenAsync(Bolt54(r => r
            .Failure("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nwes'.")
            .Ignored().Ignored()
            .Success()));

        await connection.BeginAsync(new TransactionConfig { Database = "nwes" });
        var act = () => connection.RunAsync("RETURN 1", null, null, -1);

        (await act.Should().ThrowAsync<ServerException>()).Which.Code.Should().Be("Neo.ClientError.Database.DatabaseNotFound");
        connection.State.Should().Be(BoltConnectionState.Ready);
        (await SentMessage.DecodeAsync(stream.Written)).Skip(2).Select(m => m.Signature).Should()
            .Equal(MessageSignature.Begin, MessageSignature.Run, MessageSignature.Pull, MessageSignature.Reset);
    }
}
