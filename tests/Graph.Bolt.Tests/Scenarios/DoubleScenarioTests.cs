using Graph.Bolt.Client;
using Graph.Bolt.Values;
using Graph.BoltServer;
using Graph.BoltServer.PackStream;

namespace Graph.Bolt.Tests.Scenarios;

/// <summary>
/// The client against the scripted Bolt double of tests/Graph.BoltServer, which the official Neo4j
/// JavaScript driver validates with the same kinds of scenarios. The double checks every message
/// the client sends against its script; a mismatch fails the report.
/// </summary>
public sealed class DoubleScenarioTests
{
    private const string Password = "double-secret";
    private static readonly object BasicAuth = new { scheme = "basic", principal = "neo4j", credentials = Password };

    private static Script Connected(string version = "5.4", object? hello = null)
    {
        var script = Script.Handshake(version);
        var metadata = new { server = "Neo4j/5.20.0", connection_id = "bolt-1" };
        return Version.Parse(version) >= new Version(5, 1)
            ? script.ExpectHello(hello ?? new { user_agent = "Graph/1.0" }).Success(metadata).ExpectLogon(BasicAuth).Success()
            : script.ExpectHello(hello ?? BasicAuth).Success(metadata);
    }

    private static BoltClient Client(Uri uri, Func<BoltClientOptions, BoltClientOptions>? configure = null)
    {
        var options = new BoltClientOptions
        {
            Uri = uri,
            User = "neo4j",
            Password = Password,
            ReadTimeout = TimeSpan.FromSeconds(5),
            RetryDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(10),
        };
        return BoltClient.Create(configure?.Invoke(options) ?? options);
    }

    private static async Task ShouldHavePlayedAsync(params ScriptedBoltServer[] servers)
    {
        foreach (var server in servers)
        {
            var report = await server.WaitForCompletionAsync();
            report.Succeeded.Should().BeTrue(report.ToString());
        }
    }

    [Theory]
    [InlineData("5.4")]
    [InlineData("5.3")]
    [InlineData("5.2")]
    [InlineData("5.1")]
    [InlineData("5.0")]
    [InlineData("4.4")]
    public async Task Every_offered_version_connects_and_reports_the_server(string version)
    {
        await using var server = ScriptedBoltServer.Start(Connected(version).ExpectGoodbye());
        var client = Client(server.Uri());

        var info = await client.VerifyConnectivityAsync();
        await client.DisposeAsync();

        info.Should().Be(new ServerInfo(server.Address, "Neo4j/5.20.0", version));
        await ShouldHavePlayedAsync(server);
    }

    [Fact]
    public async Task An_auto_commit_query_sends_its_parameters_and_reads_nodes_and_dates()
    {
        var node = new PackStreamStructure(0x4E, [7L, new[] { "Person" }, new Dictionary<string, object?> { ["name"] = "Ada" }, "4:db:7"]);
        var date = new PackStreamStructure(0x44, [19_000L]);
        await using var server = ScriptedBoltServer.Start(Connected()
            .ExpectRun("MATCH (p:Person {name: $name}) RETURN p, $on AS on", new Dictionary<string, object?> { ["name"] = "Ada", ["on"] = date }, new { db = "news" })
            .SuccessFields("p", "on")
            .ExpectPull(n: 1000).Record(node, date).SuccessSummary(bookmark: "FB:auto")
            .ExpectGoodbye());
        var client = Client(server.Uri(), o => o with { Database = "news" });

        var result = await client.RunAsync(
            "MATCH (p:Person {name: $name}) RETURN p, $on AS on",
            new Dictionary<string, object?> { ["name"] = "Ada", ["on"] = new DateOnly(2022, 1, 8) });
        await client.DisposeAsync();

        result.Keys.Should().Equal("p", "on");
        result.Records[0][0].Should().BeEquivalentTo(new BoltNode(7, ["Person"], new Dictionary<string, object?> { ["name"] = "Ada" }, "4:db:7"));
        result.Records[0][1].Should().Be(new BoltDate(19_000));
        ((BoltDate)result.Records[0][1]!).ToDateOnly().Should().Be(new DateOnly(2022, 1, 8));
        client.LastBookmarks.Should().Equal("FB:auto");
        await ShouldHavePlayedAsync(server);
    }

    [Fact]
    public async Task Records_are_pulled_in_batches_of_the_fetch_size()
    {
        await using var server = ScriptedBoltServer.Start(Connected()
            .ExpectRun("UNWIND range(1, 3) AS n RETURN n").SuccessFields("n")
            .ExpectPull(n: 2).Record(1L).Record(2L).Success(new { has_more = true })
            .ExpectPull(n: 2).Record(3L).SuccessSummary()
            .ExpectGoodbye());
        var client = Client(server.Uri(), o => o with { FetchSize = 2 });

        var result = await client.RunAsync("UNWIND range(1, 3) AS n RETURN n", mode: AccessMode.Read);
        await client.DisposeAsync();

        result.Records.Select(r => r[0]).Should().Equal(1L, 2L, 3L);
        await ShouldHavePlayedAsync(server);
    }

    [Fact]
    public async Task Transactions_chain_bookmarks_and_a_transient_error_is_retried_after_RESET()
    {
        await using var server = ScriptedBoltServer.Start(Connected()
            .ExpectBegin(bookmarks: []).Success()
            .ExpectRun("MERGE (n:Thing {id: $id})", new { id = 1L }).SuccessFields()
            .ExpectPull().SuccessSummary(type: "w")
            .ExpectCommit().Success(new { bookmark = "FB:1" })
            .ExpectBegin(bookmarks: ["FB:1"], extra: new { mode = "r" }).Success()
            .ExpectRun("MATCH (n:Thing) RETURN count(n) AS c").Failure("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            .ExpectPull().Ignored()
            .ExpectReset().Success()
            .ExpectBegin(bookmarks: ["FB:1"], extra: new { mode = "r" }).Success()
            .ExpectRun("MATCH (n:Thing) RETURN count(n) AS c").SuccessFields("c")
            .ExpectPull().Record(1L).SuccessSummary()
            .ExpectCommit().Success(new { bookmark = "FB:2" })
            .ExpectGoodbye());
        var client = Client(server.Uri());

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("MERGE (n:Thing {id: $id})", new Dictionary<string, object?> { ["id"] = 1 }, ct));
        var count = await client.ExecuteReadAsync(async (tx, ct) => (await tx.RunAsync("MATCH (n:Thing) RETURN count(n) AS c", ct: ct)).Records[0][0]);
        await client.DisposeAsync();

        count.Should().Be(1L);
        client.LastBookmarks.Should().Equal("FB:2");
        await ShouldHavePlayedAsync(server);
    }

    [Fact]
    public async Task A_server_error_is_reported_with_its_code_and_the_connection_reset_for_the_next_query()
    {
        await using var server = ScriptedBoltServer.Start(Connected()
            .ExpectRun("RETRUN 1").Failure("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'")
            .ExpectPull().Ignored()
            .ExpectReset().Success()
            .ExpectRun("RETURN 1 AS x").SuccessFields("x")
            .ExpectPull().Record(1L).SuccessSummary()
            .ExpectGoodbye());
        var client = Client(server.Uri());

        var act = () => client.RunAsync("RETRUN 1");
        (await act.Should().ThrowAsync<ServerException>()).Which.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        (await client.RunAsync("RETURN 1 AS x")).Records.Should().ContainSingle();
        await client.DisposeAsync();

        await ShouldHavePlayedAsync(server);
    }

    [Fact]
    public async Task Routing_sends_writes_to_the_writer_and_reads_to_the_reader()
    {
        await using var router = ScriptedBoltServer.Listen();
        var routing = new { address = router.Address };
        await using var writer = ScriptedBoltServer.Start(Connected(hello: new { routing })
            .ExpectBegin(db: "news").Success()
            .ExpectRun("CREATE ()").SuccessFields()
            .ExpectPull().SuccessSummary(type: "w")
            .ExpectCommit().Success(new { bookmark = "FB:w" })
            .ExpectGoodbye());
        await using var reader = ScriptedBoltServer.Start(Connected(hello: new { routing })
            .ExpectBegin(bookmarks: ["FB:w"], db: "news", extra: new { mode = "r" }).Success()
            .ExpectRun("RETURN 1 AS x").SuccessFields("x")
            .ExpectPull().Record(1L).SuccessSummary()
            .ExpectCommit().Success()
            .ExpectGoodbye());
        router.Play(Connected(hello: new { routing })
            .ExpectRoute(routing: routing, bookmarks: [], db: "news").SuccessRoutingTable([router.Address], [writer.Address], [reader.Address], db: "news")
            .ExpectGoodbye());
        var client = Client(router.Uri("neo4j"), o => o with { Database = "news" });

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", ct: ct));
        await client.ExecuteReadAsync((tx, ct) => tx.RunAsync("RETURN 1 AS x", ct: ct));
        await client.DisposeAsync();

        await ShouldHavePlayedAsync(router, writer, reader);
    }

    [Fact]
    public async Task A_writer_that_lost_the_leadership_is_dropped_and_the_work_retried_on_the_new_leader()
    {
        await using var router = ScriptedBoltServer.Listen();
        var routing = new { address = router.Address };
        await using var oldLeader = ScriptedBoltServer.Start(Connected()
            .ExpectBegin().Success()
            .ExpectRun("CREATE ()").Failure("Neo.ClientError.Cluster.NotALeader", "No write operations are allowed on this database.")
            .ExpectPull().Ignored()
            .ExpectReset().Success()
            .ExpectGoodbye());
        await using var newLeader = ScriptedBoltServer.Start(Connected()
            .ExpectBegin().Success()
            .ExpectRun("CREATE ()").SuccessFields()
            .ExpectPull().SuccessSummary(type: "w")
            .ExpectCommit().Success(new { bookmark = "FB:new" })
            .ExpectGoodbye());
        router.Play(Connected()
            .ExpectRoute(routing: routing).SuccessRoutingTable([router.Address], [oldLeader.Address], [router.Address])
            .ExpectRoute(routing: routing).SuccessRoutingTable([router.Address], [newLeader.Address], [router.Address])
            .ExpectGoodbye());
        var client = Client(router.Uri("neo4j"));

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", ct: ct));
        await client.DisposeAsync();

        client.LastBookmarks.Should().Equal("FB:new");
        await ShouldHavePlayedAsync(router, oldLeader, newLeader);
    }

    [Fact]
    public async Task Self_signed_TLS_connects_with_bolt_ssc()
    {
        await using var server = ScriptedBoltServer.Start(new BoltServerOptions { Tls = true }, Connected().ExpectGoodbye());
        var client = Client(server.Uri("bolt+ssc"));

        (await client.VerifyConnectivityAsync()).ProtocolVersion.Should().Be("5.4");
        await client.DisposeAsync();

        await ShouldHavePlayedAsync(server);
    }

    [Fact]
    public async Task Verified_TLS_refuses_the_self_signed_certificate()
    {
        // The script is never played: the client hangs up during the TLS handshake.
        await using var server = ScriptedBoltServer.Start(new BoltServerOptions { Tls = true, Timeout = TimeSpan.FromSeconds(3) }, Connected());
        await using var client = Client(server.Uri("bolt+s"), o => o with { MaxRetryAttempts = 0 });

        var act = () => client.VerifyConnectivityAsync();
        (await act.Should().ThrowAsync<TransportException>()).Which.IsRetryable.Should().BeFalse();
    }

    [Fact]
    public async Task A_server_that_refuses_every_version_is_a_clear_protocol_error()
    {
        await using var server = ScriptedBoltServer.Start(Script.RefuseHandshake());
        await using var client = Client(server.Uri());

        var act = () => client.VerifyConnectivityAsync();
        await act.Should().ThrowAsync<BoltProtocolException>().WithMessage("*none of the offered Bolt versions*");
        await ShouldHavePlayedAsync(server);
    }
}
