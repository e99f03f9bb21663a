using Graph.Bolt.Connection;
using Graph.Bolt.Routing;

namespace Graph.Bolt.Tests.Routing;

/// <summary>The routing table of ROUTE's SUCCESS (<c>rt: {ttl, db, servers}</c>).</summary>
public sealed class RoutingTableTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static Dictionary<string, object?> Rt(long ttl, string[] routers, string[] readers, string[] writers, string db = "neo4j") => new()
    {
        ["ttl"] = ttl,
        ["db"] = db,
        ["servers"] = new List<object?>
        {
            new Dictionary<string, object?> { ["addresses"] = routers, ["role"] = "ROUTE" },
            new Dictionary<string, object?> { ["addresses"] = readers, ["role"] = "READ" },
            new Dictionary<string, object?> { ["addresses"] = writers, ["role"] = "WRITE" },
        },
    };

    [Fact]
    public void Parses_roles_addresses_database_and_expiry()
    {
        var table = RoutingTable.Parse(Rt(300, ["a:7687", "b:7687"], ["b:7687", "c:7688"], ["a:7687"]), Now);

        table.Database.Should().Be("neo4j");
        table.Routers.Should().Equal(new BoltAddress("a", 7687), new BoltAddress("b", 7687));
        table.Readers.Should().Equal(new BoltAddress("b", 7687), new BoltAddress("c", 7688));
        table.Writers.Should().Equal(new BoltAddress("a", 7687));
        table.ExpiresAt.Should().Be(Now.AddSeconds(300));
    }

    [Fact]
    public void Is_fresh_until_it_expires_and_only_when_it_has_a_server_for_the_mode()
    {
        var table = RoutingTable.Parse(Rt(10, ["a:1"], ["b:1"], []), Now);

        table.IsFreshFor(AccessMode.Read, Now).Should().BeTrue();
        table.IsFreshFor(AccessMode.Write, Now).Should().BeFalse("there is no writer (a leader election)");
        table.IsFreshFor(AccessMode.Read, Now.AddSeconds(10)).Should().BeFalse();
    }

    [Fact]
    public void Dropping_servers_makes_new_tables()
    {
        var table = RoutingTable.Parse(Rt(10, ["a:1", "b:1"], ["a:1", "b:1"], ["a:1"]), Now);

        table.WithoutWriter(new BoltAddress("a", 1)).Writers.Should().BeEmpty();
        table.WithoutWriter(new BoltAddress("a", 1)).Readers.Should().HaveCount(2);
        var gone = table.WithoutServer(new BoltAddress("a", 1));
        gone.Routers.Should().Equal(new BoltAddress("b", 1));
        gone.Readers.Should().Equal(new BoltAddress("b", 1));
        table.Writers.Should().HaveCount(1, "tables are immutable");
    }

    [Fact]
    public void Unknown_roles_are_skipped_and_a_huge_ttl_does_not_overflow()
    {
        var rt = Rt(long.MaxValue, ["a:1"], [], []);
        ((List<object?>)rt["servers"]!).Add(new Dictionary<string, object?> { ["addresses"] = new[] { "x:1" }, ["role"] = "FUTURE" });

        var table = RoutingTable.Parse(rt, Now);
        table.Routers.Should().ContainSingle();
        table.ExpiresAt.Should().BeAfter(Now.AddDays(300));
    }

    [Theory]
    [InlineData("ttl")]
    [InlineData("servers")]
    public void A_table_without_ttl_or_servers_is_a_protocol_error(string missing)
    {
        var rt = Rt(10, ["a:1"], [], []);
        rt.Remove(missing);
        var act = () => RoutingTable.Parse(rt, Now);
        act.Should().Throw<BoltProtocolException>();
    }

    [Theory]
    [InlineData("localhost", "localhost", 7687)]
    [InlineData("Server-1.Example:7688", "server-1.example", 7688)]
    [InlineData("[::1]:7689", "::1", 7689)]
    [InlineData("::1", "::1", 7687)]
    [InlineData("10.0.0.1:1", "10.0.0.1", 1)]
    public void Addresses_parse_as_routing_tables_write_them(string text, string host, int port)
    {
        var address = BoltAddress.Parse(text);
        address.Should().Be(new BoltAddress(host, port));
        BoltAddress.Parse(address.ToString()).Should().Be(address);
    }

    [Theory]
    [InlineData(":7687")]
    [InlineData("host:")]
    [InlineData("host:0")]
    [InlineData("host:99999")]
    [InlineData("[::1")]
    public void Bad_addresses_are_format_errors(string text)
    {
        var act = () => BoltAddress.Parse(text);
        act.Should().Throw<Exception>().Which.Should().Match<Exception>(e => e is FormatException || e is ArgumentException);
    }
}
