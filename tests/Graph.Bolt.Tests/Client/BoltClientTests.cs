using Graph.Bolt.Client;
using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;
using static Graph.Bolt.Tests.Connection.ConnectionScript;

namespace Graph.Bolt.Tests.Client;

/// <summary>The public client over canned server scripts: auto-commit, transaction functions, retries, bookmarks, pooling.</summary>
public sealed class BoltClientTests
{
    private readonly FakeServers _servers = new();

    [Fact]
    public async Task RunAsync_returns_keys_records_and_summary_and_remembers_the_bookmark()
    {
        _servers.Script("db:7687", Bolt54(r => r
            .RunSuccess("name", "age").Record("Ada", 36L).Record("Alan", 41L).Success(("bookmark", "FB:1"), ("type", "r"))
            .RunSuccess("n").Success(("bookmark", "FB:2"))));
        await using var client = _servers.Client("bolt://db:7687", o => o with { Database = "news" });

        client.LastBookmarks.Should().BeEmpty();
        var result = await client.RunAsync("MATCH (p:Person) RETURN p.name AS name, p.age AS age", mode: AccessMode.Read);

        result.Keys.Should().Equal("name", "age");
        result.Records.Should().HaveCount(2);
        result.Records[1].Should().Equal("Alan", 41L);
        result.Summary["type"].Should().Be("r");
        client.LastBookmarks.Should().Equal("FB:1");

        await client.RunAsync("CREATE (n)", new Dictionary<string, object?> { ["x"] = 1 });
        client.LastBookmarks.Should().Equal("FB:2");
        _servers.Opened.Should().ContainSingle("the second query reuses the pooled connection");

        var sent = await _servers.SentTo("db:7687");
        sent[2].Map(2).Should().BeEquivalentTo(new Dictionary<string, object?> { ["db"] = "news", ["mode"] = "r" });
        sent[4].Map(2)["bookmarks"].Should().BeEquivalentTo(new[] { "FB:1" });
        sent[4].Map(2).Should().NotContainKey("mode");
    }

    [Fact]
    public async Task ExecuteWriteAsync_runs_the_work_in_BEGIN_and_COMMIT()
    {
        _servers.Script("db:7687", Bolt54(r => r
            .Success()
            .RunSuccess("id").Record(42L).Success()
            .RunSuccess().Success()
            .Success(("bookmark", "FB:tx"))));
        await using var client = _servers.Client("bolt://db:7687");

        var id = await client.ExecuteWriteAsync(async (tx, ct) =>
        {
            var created = await tx.RunAsync("CREATE (n {id: 42}) RETURN n.id AS id", ct: ct);
            await tx.RunAsync("MATCH (n) SET n.seen = true", ct: ct);
            return (long)created.Records[0][0]!;
        });

        id.Should().Be(42);
        client.LastBookmarks.Should().Equal("FB:tx");
        (await _servers.SentTo("db:7687")).Skip(2).Select(m => m.Signature).Should().Equal(
            MessageSignature.Begin, MessageSignature.Run, MessageSignature.Pull, MessageSignature.Run, MessageSignature.Pull, MessageSignature.Commit);
    }

    [Fact]
    public async Task ExecuteReadAsync_asks_for_read_mode()
    {
        _servers.Script("db:7687", Bolt54(r => r.Success().RunSuccess("x").Record(1L).Success().Success()));
        await using var client = _servers.Client("bolt://db:7687");

        await client.ExecuteReadAsync((tx, ct) => tx.RunAsync("RETURN 1 AS x", ct: ct));

        (await _servers.SentTo("db:7687"))[2].Map(0)["mode"].Should().Be("r");
    }

    [Fact]
    public async Task A_transient_error_runs_the_whole_transaction_again()
    {
        _servers.Script("db:7687", Bolt54(r => r
            .Success()
            .Failure("Neo.TransientError.Transaction.DeadlockDetected", "deadlock").Ignored().Success()
            .Success()
            .RunSuccess().Success()
            .Success(("bookmark", "FB:2"))));
        await using var client = _servers.Client("bolt://db:7687");
        var attempts = 0;

        var result = await client.ExecuteWriteAsync(async (tx, ct) =>
        {
            attempts++;
            await tx.RunAsync("MERGE (n:Thing {id: 1})", ct: ct);
            return "done";
        });

        result.Should().Be("done");
        attempts.Should().Be(2);
        client.LastBookmarks.Should().Equal("FB:2");
        (await _servers.SentTo("db:7687")).Skip(2).Select(m => m.Signature).Should().Equal(
            MessageSignature.Begin, MessageSignature.Run, MessageSignature.Pull, MessageSignature.Reset,
            MessageSignature.Begin, MessageSignature.Run, MessageSignature.Pull, MessageSignature.Commit);
    }

    [Fact]
    public async Task A_syntax_error_is_never_retried()
    {
        _servers.Script("db:7687", Bolt54(r => r
            .Success()
            .Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input").Ignored().Success()));
        await using var client = _servers.Client("bolt://db:7687");
        var attempts = 0;

        var act = () => client.ExecuteWriteAsync<int>(async (tx, ct) =>
        {
            attempts++;
            await tx.RunAsync("MERGE (n", ct: ct);
            return 0;
        });

        await act.Should().ThrowAsync<ServerException>().WithMessage("Neo.ClientError.Statement.SyntaxError*");
        attempts.Should().Be(1);
    }

    [Fact]
    public async Task Wrong_credentials_are_never_retried_and_never_show_the_password()
    {
        _servers.Script("db:7687", new CannedReplies().Version(5, 4).HelloSuccess().Failure("Neo.ClientError.Security.Unauthorized", "authentication failure"));
        await using var client = _servers.Client("bolt://db:7687");

        var act = () => client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("RETURN 1", ct: ct));
        var error = (await act.Should().ThrowAsync<ServerException>()).Which;

        error.IsSecurityError.Should().BeTrue();
        error.ToString().Should().NotContain(FakeServers.Password);
        _servers.Settings.Should().ContainSingle("a second attempt would have asked for another connection");
    }

    [Fact]
    public async Task A_transport_failure_is_retried_on_a_new_connection()
    {
        _servers.Script("db:7687", Bolt54(r => r.Success().RunSuccess().RawHex("00 20 B1")), hangAtEnd: false);
        _servers.Script("db:7687", Bolt54(r => r.Success().RunSuccess().Success().Success(("bookmark", "FB:9"))));
        await using var client = _servers.Client("bolt://db:7687");

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", ct: ct));

        _servers.Opened.Should().HaveCount(2);
        _servers.Opened[0].Stream.IsDisposed.Should().BeTrue("the broken connection is closed, not pooled");
        client.LastBookmarks.Should().Equal("FB:9");
    }

    [Fact]
    public async Task An_exception_of_the_work_rolls_back_and_is_not_retried()
    {
        _servers.Script("db:7687", Bolt54(r => r.Success().RunSuccess().Success().Success()));
        await using var client = _servers.Client("bolt://db:7687");
        var attempts = 0;

        var act = () => client.ExecuteWriteAsync<int>(async (tx, ct) =>
        {
            attempts++;
            await tx.RunAsync("CREATE ()", ct: ct);
            throw new InvalidOperationException("the caller changed its mind");
        });

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("the caller changed its mind");
        attempts.Should().Be(1);
        (await _servers.SentTo("db:7687"))[^1].Signature.Should().Be(MessageSignature.Rollback);
    }

    [Fact]
    public async Task A_failure_the_work_swallowed_is_raised_instead_of_committing()
    {
        _servers.Script("db:7687", Bolt54(r => r
            .Success()
            .Failure("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists").Ignored().Success()));
        await using var client = _servers.Client("bolt://db:7687");

        var act = () => client.ExecuteWriteAsync(async (tx, ct) =>
        {
            try
            {
                await tx.RunAsync("CREATE (:Unique {id: 1})", ct: ct);
            }
            catch (ServerException)
            {
                // swallowed by mistake
            }

            return 1;
        });

        await act.Should().ThrowAsync<ServerException>().WithMessage("*ConstraintValidationFailed*");
        (await _servers.SentTo("db:7687")).Should().NotContain(m => m.Signature == MessageSignature.Commit);
    }

    [Fact]
    public async Task A_transaction_cannot_be_used_after_its_function_returned()
    {
        _servers.Script("db:7687", Bolt54(r => r.Success().Success()));
        await using var client = _servers.Client("bolt://db:7687");

        var escaped = await client.ExecuteWriteAsync((tx, _) => Task.FromResult(tx));

        await FluentActions.Awaiting(() => escaped.RunAsync("RETURN 1")).Should().ThrowAsync<InvalidOperationException>().WithMessage("*over*");
    }

    [Fact]
    public async Task VerifyConnectivityAsync_reports_address_agent_and_version()
    {
        _servers.Script("db:7687", Bolt54());
        await using var client = _servers.Client("bolt://db:7687");

        (await client.VerifyConnectivityAsync()).Should().Be(new ServerInfo("db:7687", "Neo4j/5.26.0", "5.4"));
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transport_failure_after_the_retries()
    {
        await using var client = _servers.Client("bolt://db:7687", o => o with { MaxRetryAttempts = 2 });

        var act = () => client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("RETURN 1", ct: ct));
        await act.Should().ThrowAsync<TransportException>().WithMessage("*refused*");
        _servers.Settings.Should().HaveCount(3);
    }

    [Fact]
    public async Task Disposing_the_client_says_GOODBYE_on_idle_connections()
    {
        _servers.Script("db:7687", Bolt54(r => r.RunSuccess().Success()));
        var client = _servers.Client("bolt://db:7687");
        await client.RunAsync("RETURN 1");
        await client.DisposeAsync();

        (await _servers.SentTo("db:7687"))[^1].Signature.Should().Be(MessageSignature.Goodbye);
        await FluentActions.Awaiting(() => client.RunAsync("RETURN 1")).Should().ThrowAsync<ObjectDisposedException>();
    }
}
