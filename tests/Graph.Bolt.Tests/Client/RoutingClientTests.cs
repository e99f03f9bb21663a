using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;
using static Graph.Bolt.Tests.Connection.ConnectionScript;
using static Graph.Bolt.Tests.Routing.RoutingTableTests;

namespace Graph.Bolt.Tests.Client;

/// <summary><c>neo4j://</c> URIs: ROUTE, writes to the writer, reads to a reader, and recovery when the leader moves.</summary>
public sealed class RoutingClientTests
{
    private readonly FakeServers _servers = new();

    [Fact]
    public async Task Work_is_routed_by_the_table_that_ROUTE_returns()
    {
        _servers.Script("seed:7687", Bolt54(r => r.Success(("rt", Rt(300, ["seed:7687"], ["r1:7687"], ["w1:7687"], db: "news")))));
        _servers.Script("w1:7687", Bolt54(r => r.Success().RunSuccess().Success().Success(("bookmark", "FB:w"))));
        _servers.Script("r1:7687", Bolt54(r => r.Success().RunSuccess("x").Record(1L).Success().Success(("bookmark", "FB:r"))));
        await using var client = _servers.Client("neo4j://seed:7687?region=eu", o => o with { Database = "news" });

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", ct: ct));
        var read = await client.ExecuteReadAsync((tx, ct) => tx.RunAsync("RETURN 1 AS x", ct: ct));

        read.Records.Should().ContainSingle();
        client.IsRouting.Should().BeTrue();
        _servers.Opened.Select(o => o.Address.ToString()).Should().Equal("seed:7687", "w1:7687", "r1:7687");

        var seed = await _servers.SentTo("seed:7687");
        seed[0].Map(0)["routing"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["address"] = "seed:7687", ["region"] = "eu" });
        seed[2].Signature.Should().Be(MessageSignature.Route);
        seed[2].Map(2)["db"].Should().Be("news");
        (await _servers.SentTo("r1:7687"))[2].Map(0)["bookmarks"].Should().BeEquivalentTo(new[] { "FB:w" }, "the read must see the write");
    }

    [Fact]
    public async Task A_writer_that_is_not_the_leader_is_dropped_and_the_work_retried_on_the_new_leader()
    {
        _servers.Script("seed:7687", Bolt54(r => r
            .Success(("rt", Rt(300, ["seed:7687"], ["r1:7687"], ["w1:7687"])))
            .Success(("rt", Rt(300, ["seed:7687"], ["r1:7687"], ["w2:7687"])))));
        _servers.Script("w1:7687", Bolt54(r => r.Success().Failure(ServerException.NotALeader, "No write operations are allowed").Ignored().Success()));
        _servers.Script("w2:7687", Bolt54(r => r.Success().RunSuccess().Success().Success(("bookmark", "FB:2"))));
        await using var client = _servers.Client("neo4j://seed:7687");
        var attempts = 0;

        await client.ExecuteWriteAsync(async (tx, ct) =>
        {
            attempts++;
            return await tx.RunAsync("CREATE ()", ct: ct);
        });

        attempts.Should().Be(2);
        _servers.Opened.Select(o => o.Address.ToString()).Should().Equal("seed:7687", "w1:7687", "w2:7687");
        (await _servers.SentTo("seed:7687")).Count(m => m.Signature == MessageSignature.Route).Should().Be(2);
    }

    [Fact]
    public async Task An_unreachable_writer_is_dropped_and_the_work_retried_after_a_refresh()
    {
        _servers.Script("seed:7687", Bolt54(r => r
            .Success(("rt", Rt(300, ["seed:7687"], ["r1:7687"], ["down:7687"])))
            .Success(("rt", Rt(300, ["seed:7687"], ["r1:7687"], ["w2:7687"])))));
        _servers.Script("w2:7687", Bolt54(r => r.Success().RunSuccess().Success().Success()));
        await using var client = _servers.Client("neo4j://seed:7687");

        await client.ExecuteWriteAsync((tx, ct) => tx.RunAsync("CREATE ()", ct: ct));

        _servers.Opened.Select(o => o.Address.ToString()).Should().Equal("seed:7687", "w2:7687");
    }

    [Fact]
    public async Task VerifyConnectivityAsync_reports_a_reader_of_the_cluster()
    {
        _servers.Script("seed:7687", Bolt54(r => r.Success(("rt", Rt(300, ["seed:7687"], ["r1:7687"], ["w1:7687"])))));
        _servers.Script("r1:7687", Bolt54());
        await using var client = _servers.Client("neo4j://seed:7687");

        (await client.VerifyConnectivityAsync()).Address.Should().Be("r1:7687");
    }
}
