using Graph.Bolt.Connection;
using Graph.Bolt.Routing;
using Graph.Bolt.Tests.Support;
using static Graph.Bolt.Tests.Routing.RoutingTableTests;

namespace Graph.Bolt.Tests.Routing;

/// <summary>Fetching, caching, selecting and forgetting, with ROUTE replaced by a delegate.</summary>
public sealed class RoutingTableManagerTests
{
    private static readonly BoltAddress Seed = new("seed", 7687);
    private readonly ManualClock _clock = new();
    private readonly List<(BoltAddress Router, string? Database)> _calls = [];
    private readonly Queue<Func<BoltAddress, IReadOnlyDictionary<string, object?>>> _answers = new();

    [Fact]
    public async Task The_first_selection_fetches_from_the_seed_then_the_table_is_cached()
    {
        _answers.Enqueue(_ => Rt(300, ["seed:7687"], ["r1:7687", "r2:7687"], ["w:7687"]));
        using var manager = Manager();

        (await manager.SelectAsync(null, AccessMode.Write)).Should().Be(new BoltAddress("w", 7687));
        var readers = new[] { await manager.SelectAsync(null, AccessMode.Read), await manager.SelectAsync(null, AccessMode.Read) };

        readers.Should().BeEquivalentTo([new BoltAddress("r1", 7687), new BoltAddress("r2", 7687)], "readers are taken in turn");
        _calls.Should().Equal((Seed, (string?)null));
    }

    [Fact]
    public async Task An_expired_table_is_fetched_again_from_its_routers()
    {
        _answers.Enqueue(_ => Rt(60, ["x:1"], ["r:1"], ["w:1"]));
        _answers.Enqueue(_ => Rt(60, ["x:1"], ["r:1"], ["w2:1"]));
        using var manager = Manager();

        await manager.SelectAsync("news", AccessMode.Write);
        _clock.Advance(TimeSpan.FromSeconds(61));
        (await manager.SelectAsync("news", AccessMode.Write)).Should().Be(new BoltAddress("w2", 1));

        _calls.Should().Equal((Seed, "news"), (new BoltAddress("x", 1), "news"));
    }

    [Fact]
    public async Task Unreachable_routers_are_skipped_and_the_seed_is_the_last_resort()
    {
        _answers.Enqueue(_ => Rt(1, ["x:1", "y:1"], ["r:1"], ["w:1"]));
        _answers.Enqueue(_ => throw new TransportException("x is down"));
        _answers.Enqueue(_ => throw new TransportException("y is down"));
        _answers.Enqueue(_ => Rt(60, ["seed:7687"], ["r:1"], ["w:1"]));
        using var manager = Manager();

        await manager.GetTableAsync(null, AccessMode.Read);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await manager.GetTableAsync(null, AccessMode.Read);

        _calls.Select(call => call.Router.ToString()).Should().Equal("seed:7687", "x:1", "y:1", "seed:7687");
    }

    [Fact]
    public async Task When_no_router_answers_the_error_names_them()
    {
        _answers.Enqueue(_ => throw new TransportException("refused"));
        using var manager = Manager();

        var act = () => manager.SelectAsync(null, AccessMode.Read);
        await act.Should().ThrowAsync<TransportException>().WithMessage("*no router answered*seed:7687*refused*");
    }

    [Fact]
    public async Task A_server_error_is_not_hidden_by_trying_other_routers()
    {
        _answers.Enqueue(_ => throw new ServerException("Neo.ClientError.Database.DatabaseNotFound", "no such database"));
        using var manager = Manager();

        await FluentActions.Awaiting(() => manager.SelectAsync("nope", AccessMode.Read)).Should().ThrowAsync<ServerException>();
        _calls.Should().ContainSingle();
    }

    [Fact]
    public async Task A_writer_that_is_not_the_leader_is_dropped_and_the_table_refreshed()
    {
        _answers.Enqueue(_ => Rt(300, ["seed:7687"], ["r:1"], ["w1:1"]));
        _answers.Enqueue(_ => Rt(300, ["seed:7687"], ["r:1"], ["w2:1"]));
        using var manager = Manager();

        (await manager.SelectAsync(null, AccessMode.Write)).Should().Be(new BoltAddress("w1", 1));
        manager.ForgetWriter(null, new BoltAddress("w1", 1));
        manager.Current(null)!.Writers.Should().BeEmpty();
        (await manager.SelectAsync(null, AccessMode.Write)).Should().Be(new BoltAddress("w2", 1));
        _calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_unreachable_reader_is_dropped_without_a_refresh()
    {
        _answers.Enqueue(_ => Rt(300, ["seed:7687"], ["r1:1", "r2:1"], ["w:1"]));
        using var manager = Manager();
        await manager.GetTableAsync(null, AccessMode.Read);

        manager.Forget(new BoltAddress("r1", 1), expire: false);
        (await manager.SelectAsync(null, AccessMode.Read)).Should().Be(new BoltAddress("r2", 1));
        (await manager.SelectAsync(null, AccessMode.Read)).Should().Be(new BoltAddress("r2", 1));
        _calls.Should().ContainSingle();
    }

    [Fact]
    public async Task A_table_without_a_writer_is_a_retryable_transport_failure_for_writes()
    {
        _answers.Enqueue(_ => Rt(300, ["seed:7687"], ["r:1"], []));
        using var manager = Manager();

        var act = () => manager.SelectAsync(null, AccessMode.Write);
        (await act.Should().ThrowAsync<TransportException>().WithMessage("*no writer*")).Which.IsRetryable.Should().BeTrue();
    }

    private RoutingTableManager Manager() => new(
        Seed,
        (router, database, _) =>
        {
            _calls.Add((router, database));
            return Task.FromResult(_answers.Dequeue()(router));
        },
        _clock);
}
