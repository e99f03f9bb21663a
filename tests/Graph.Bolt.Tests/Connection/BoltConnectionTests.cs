using Graph.Bolt.Connection;
using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;
using Graph.Bolt.Values;
using static Graph.Bolt.Tests.Connection.ConnectionScript;

namespace Graph.Bolt.Tests.Connection;

/// <summary>
/// The connection against canned server bytes (Bolt server-state spec): what it sends, how it
/// reads answers, and how it recovers from FAILURE, timeouts and closed streams.
/// </summary>
public sealed class BoltConnectionTests
{
    [Fact]
    public async Task Opening_5_4_sends_HELLO_and_LOGON_back_to_back()
    {
        var (connection, stream) = await OpenAsync(Bolt54());

        connection.ProtocolVersion.Should().Be(BoltProtocolVersion.V54);
        connection.ServerAgent.Should().Be("Neo4j/5.26.0");
        connection.ConnectionId.Should().Be("bolt-7");
        connection.State.Should().Be(BoltConnectionState.Ready);
        connection.UtcDateTime.Should().BeTrue();

        var sent = await SentMessage.DecodeAsync(stream.Written);
        Hex.Of(stream.Written.AsSpan(0, 20)).Should().Be("60 60 B0 17 00 04 04 05 00 00 04 04 00 00 00 00 00 00 00 00");
        sent.Select(m => m.Signature).Should().Equal(MessageSignature.Hello, MessageSignature.Logon);
        sent[0].Map(0).Should().NotContainKey("credentials").And.ContainKey("bolt_agent");
        sent[1].Map(0)["credentials"].Should().Be(Password);
    }

    [Fact]
    public async Task Opening_4_4_sends_the_credentials_in_HELLO_and_takes_the_utc_patch()
    {
        var replies = new CannedReplies().Version(4, 4).Success(("server", "Neo4j/4.4.40"), ("patch_bolt", new[] { "utc" }));
        var (connection, stream) = await OpenAsync(replies);

        connection.ProtocolVersion.Should().Be(BoltProtocolVersion.V44);
        connection.UtcDateTime.Should().BeTrue();
        var sent = await SentMessage.DecodeAsync(stream.Written);
        sent.Should().ContainSingle();
        sent[0].Map(0)["credentials"].Should().Be(Password);
        sent[0].Map(0)["patch_bolt"].Should().BeEquivalentTo(new[] { "utc" });
    }

    [Fact]
    public async Task A_4_4_server_without_the_patch_gets_legacy_date_times()
    {
        var replies = new CannedReplies().Version(4, 4).Success(("server", "Neo4j/4.4.0"))
            .RunSuccess("x").Success(("type", "r"));
        var (connection, stream) = await OpenAsync(replies);
        connection.UtcDateTime.Should().BeFalse();

        var parameters = new Dictionary<string, object?> { ["at"] = new DateTimeOffset(1970, 1, 1, 2, 0, 0, TimeSpan.FromHours(2)) };
        var cursor = await connection.RunAsync("RETURN $at AS x", parameters, null, -1);
        await cursor.ToListAsync();

        var run = (await SentMessage.DecodeAsync(stream.Written))[1];
        run.Map(1)["at"].Should().Be(new BoltDateTime(0, 0, 7200), "the reader turns the legacy 46 form back into UTC");
        Hex.Of(stream.Written).Should().Contain("B3 46 C9 1C 20 00 C9 1C 20");
    }

    [Fact]
    public async Task A_server_that_agrees_to_no_version_is_refused_and_the_stream_closed()
    {
        var stream = new ScriptedStream(Hex.Bytes("00 00 00 00"));
        var act = () => BoltConnection.OpenAsync(stream, Address, Settings());

        await act.Should().ThrowAsync<BoltProtocolException>().WithMessage("*none of the offered Bolt versions*");
        stream.IsDisposed.Should().BeTrue();
    }

    [Fact]
    public async Task Wrong_credentials_fail_the_opening_with_the_server_error_and_no_password()
    {
        var replies = new CannedReplies().Version(5, 4).HelloSuccess()
            .Failure("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        var stream = new ScriptedStream(replies.ToArray());
        var act = () => BoltConnection.OpenAsync(stream, Address, Settings());

        var error = (await act.Should().ThrowAsync<ServerException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Security.Unauthorized");
        error.IsRetryable.Should().BeFalse();
        error.ToString().Should().NotContain(Password);
        stream.IsDisposed.Should().BeTrue();
    }

    [Fact]
    public async Task Records_stream_in_batches_of_the_fetch_size()
    {
        var (connection, stream) = await OpenAsync(Bolt54(r => r
            .RunSuccess("n")
            .Record(1L).Record(2L).Success(("has_more", true))
            .Record(3L).Success(("bookmark", "FB:1"), ("type", "r"))));

        var cursor = await connection.RunAsync("UNWIND [1,2,3] AS n RETURN n", null, TransactionConfig.Default, fetchSize: 2);
        cursor.Keys.Should().Equal("n");
        connection.State.Should().Be(BoltConnectionState.Streaming);
        var records = new List<object?>();
        await foreach (var record in cursor.ReadAllAsync()) records.Add(record[0]);

        records.Should().Equal(1L, 2L, 3L);
        cursor.Summary["bookmark"].Should().Be("FB:1");
        cursor.Summary["t_first"].Should().Be(1L, "RUN's metadata is part of the summary");
        connection.State.Should().Be(BoltConnectionState.Ready);
        var sent = await SentMessage.DecodeAsync(stream.Written);
        sent.Skip(2).Select(m => m.Signature).Should().Equal(MessageSignature.Run, MessageSignature.Pull, MessageSignature.Pull);
        sent[3].Map(0)["n"].Should().Be(2L);
    }

    [Fact]
    public async Task After_a_FAILURE_the_connection_sends_RESET_skips_IGNORED_and_stays_usable()
    {
        var (connection, stream) = await OpenAsync(Bolt54(r => r
            .Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'")
            .Ignored()
            .MessageHex("B1 70 A0")
            .RunSuccess("x").Record(1L).Success()));

        var act = () => connection.RunAsync("RETRUN 1", null, null, 100);
        var error = (await act.Should().ThrowAsync<ServerException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        connection.State.Should().Be(BoltConnectionState.Ready);

        var cursor = await connection.RunAsync("RETURN 1 AS x", null, null, 100);
        (await cursor.ToListAsync()).Should().ContainSingle();
        var sent = await SentMessage.DecodeAsync(stream.Written);
        sent.Skip(2).Select(m => m.Signature).Should().Equal(
            MessageSignature.Run, MessageSignature.Pull, MessageSignature.Reset, MessageSignature.Run, MessageSignature.Pull);
    }

    [Fact]
    public async Task A_FAILURE_in_the_middle_of_a_result_ends_it_and_resets()
    {
        var (connection, stream) = await OpenAsync(Bolt54(r => r
            .RunSuccess("x").Record(1L)
            .Failure("Neo.ClientError.Statement.ArithmeticError", "/ by zero")
            .Success()));

        var cursor = await connection.RunAsync("UNWIND [1, 0] AS d RETURN 1 / d AS x", null, null, 100);
        (await cursor.ReadNextAsync()).Should().Equal(1L);
        var act = async () => await cursor.ReadNextAsync();
        await act.Should().ThrowAsync<ServerException>().WithMessage("*ArithmeticError*");
        connection.State.Should().Be(BoltConnectionState.Ready);
        (await SentMessage.DecodeAsync(stream.Written))[^1].Signature.Should().Be(MessageSignature.Reset);
        await FluentActions.Awaiting(async () => await cursor.ReadNextAsync()).Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task An_explicit_transaction_sends_BEGIN_with_its_configuration_and_COMMIT_returns_the_bookmark()
    {
        var (connection, stream) = await OpenAsync(Bolt54(r => r
            .Success()
            .RunSuccess("n").Record(1L).Success(("type", "w"))
            .Success(("bookmark", "FB:tx"))));

        await connection.BeginAsync(new TransactionConfig { Database = "news", Bookmarks = ["FB:0"] });
        connection.State.Should().Be(BoltConnectionState.TransactionReady);
        var cursor = await connection.RunAsync("CREATE (n) RETURN 1 AS n", null, null, 1000);
        await cursor.ToListAsync();
        connection.State.Should().Be(BoltConnectionState.TransactionReady);
        (await connection.CommitAsync()).Should().Be("FB:tx");
        connection.State.Should().Be(BoltConnectionState.Ready);

        var sent = await SentMessage.DecodeAsync(stream.Written);
        sent.Skip(2).Select(m => m.Signature).Should().Equal(
            MessageSignature.Begin, MessageSignature.Run, MessageSignature.Pull, MessageSignature.Commit);
        sent[2].Map(0)["db"].Should().Be("news");
        sent[2].Map(0)["bookmarks"].Should().BeEquivalentTo(new[] { "FB:0" });
        sent[3].Map(2).Should().BeEmpty("inside a transaction RUN's extra is empty");
    }

    [Fact]
    public async Task ROLLBACK_with_a_result_still_open_is_a_RESET()
    {
        var (connection, stream) = await OpenAsync(Bolt54(r => r
            .Success()
            .RunSuccess("n").Record(1L).Success(("has_more", true))
            .Success()));

        await connection.BeginAsync(TransactionConfig.Default);
        var cursor = await connection.RunAsync("UNWIND range(1, 10) AS n RETURN n", null, null, 1);
        await connection.RollbackAsync();

        connection.State.Should().Be(BoltConnectionState.Ready);
        (await SentMessage.DecodeAsync(stream.Written))[^1].Signature.Should().Be(MessageSignature.Reset);
        await FluentActions.Awaiting(async () => await cursor.ReadNextAsync()).Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task ROUTE_returns_the_routing_table()
    {
        var rt = new Dictionary<string, object?>
        {
            ["ttl"] = 300L,
            ["db"] = "neo4j",
            ["servers"] = new List<object?> { new Dictionary<string, object?> { ["addresses"] = new[] { "a:7687" }, ["role"] = "WRITE" } },
        };
        var (connection, _) = await OpenAsync(Bolt54(r => r.Success(("rt", rt))));

        var table = await connection.RouteAsync(new RouteMessage(new Dictionary<string, object?> { ["address"] = "a:7687" }, [], null));
        table["ttl"].Should().Be(300L);
    }

    [Fact]
    public async Task A_silent_server_trips_the_read_timeout_and_breaks_the_connection()
    {
        var (connection, stream) = await OpenAsync(Bolt54(), hangAtEnd: true, Settings(readTimeout: TimeSpan.FromMilliseconds(200)));

        var act = () => connection.RunAsync("RETURN 1", null, null, 10);
        var error = (await act.Should().ThrowAsync<TransportException>()).Which;
        error.Message.Should().Contain("read timeout").And.Contain("db.example:7687");
        error.IsRetryable.Should().BeTrue();
        connection.State.Should().Be(BoltConnectionState.Defunct);
        stream.IsDisposed.Should().BeTrue();
    }

    [Fact]
    public async Task Cancelling_in_the_middle_of_an_exchange_breaks_the_connection()
    {
        var (connection, _) = await OpenAsync(Bolt54(), hangAtEnd: true);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var act = () => connection.RunAsync("RETURN 1", null, null, 10, cancel.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        connection.IsBroken.Should().BeTrue();
    }

    [Fact]
    public async Task A_server_that_closes_the_connection_is_a_transport_failure()
    {
        var (connection, _) = await OpenAsync(Bolt54(r => r.RunSuccess("x").RawHex("00 10 B1 71")));

        var cursor = await connection.RunAsync("RETURN 1 AS x", null, null, 10);
        var act = async () => await cursor.ReadNextAsync();
        var error = (await act.Should().ThrowAsync<TransportException>()).Which;
        error.InnerException.Should().BeOfType<EndOfStreamException>();
        connection.IsBroken.Should().BeTrue();
        await FluentActions.Awaiting(() => connection.RunAsync("RETURN 1", null, null, 10)).Should().ThrowAsync<InvalidOperationException>().WithMessage("*closed*");
    }

    [Fact]
    public async Task A_silent_server_during_the_handshake_trips_the_connect_timeout()
    {
        var stream = new ScriptedStream([], hangAtEnd: true);
        var act = () => BoltConnection.OpenAsync(stream, Address, Settings(connectTimeout: TimeSpan.FromMilliseconds(200)));

        await act.Should().ThrowAsync<TransportException>().WithMessage("*within 0.2 s*");
        stream.IsDisposed.Should().BeTrue();
    }

    [Fact]
    public async Task A_bad_parameter_is_an_argument_error_and_nothing_is_sent()
    {
        var (connection, stream) = await OpenAsync(Bolt54());
        var before = stream.Written.Length;

        var act = () => connection.RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = new object() }, null, 10);
        await act.Should().ThrowAsync<ArgumentException>();
        stream.Written.Length.Should().Be(before);
        connection.State.Should().Be(BoltConnectionState.Ready);
    }

    [Fact]
    public async Task Requests_out_of_turn_are_refused_on_the_client()
    {
        var (connection, _) = await OpenAsync(Bolt54(r => r.RunSuccess("x")), hangAtEnd: true);

        await FluentActions.Awaiting(() => connection.CommitAsync()).Should().ThrowAsync<InvalidOperationException>().WithMessage("COMMIT*Ready*");
        await connection.RunAsync("RETURN 1 AS x", null, null, 10);
        await FluentActions.Awaiting(() => connection.RunAsync("RETURN 2", null, null, 10)).Should().ThrowAsync<InvalidOperationException>();
        await FluentActions.Awaiting(() => connection.BeginAsync(TransactionConfig.Default)).Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task Noops_from_the_server_between_answers_are_ignored()
    {
        var (connection, _) = await OpenAsync(Bolt54(r => r.Noop().RunSuccess("x").Noop().Noop().Record(1L).Success()));
        var cursor = await connection.RunAsync("RETURN 1 AS x", null, null, 10);
        (await cursor.ToListAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Disposing_says_GOODBYE_and_closes_the_stream()
    {
        var (connection, stream) = await OpenAsync(Bolt54());
        await connection.DisposeAsync();

        (await SentMessage.DecodeAsync(stream.Written))[^1].Signature.Should().Be(MessageSignature.Goodbye);
        stream.IsDisposed.Should().BeTrue();
        connection.State.Should().Be(BoltConnectionState.Defunct);
    }

    [Fact]
    public void Settings_never_show_the_password()
    {
        Settings().ToString().Should().NotContain(Password).And.Contain("neo4j");
    }
}
