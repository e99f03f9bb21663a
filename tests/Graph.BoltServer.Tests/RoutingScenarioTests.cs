using Xunit.Abstractions;

namespace Graph.BoltServer.Tests;

/// <summary>(e) neo4j:// routing across three doubles: a router, a writer and a reader.</summary>
public class RoutingScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Writes_go_to_the_writer_and_reads_to_the_reader_of_the_routing_table()
    {
        // The router's table names the router itself, so it binds its port before its script is written.
        await using var router = ScriptedBoltServer.Listen();
        await using var writer = ScriptedBoltServer.Start(Scripts.Connected(hello: new { routing = new { address = router.Address } })
            .ExpectRun("RETURN $mode AS answer", new { mode = "write" }, new { db = "neo4j" }).SuccessFields("answer")
            .ExpectPull().Record("writer").SuccessSummary()
            .ExpectGoodbye());
        await using var reader = ScriptedBoltServer.Start(Scripts.Connected(hello: new { routing = new { address = router.Address } })
            .ExpectRun("RETURN $mode AS answer", new { mode = "read" }, new { db = "neo4j", mode = "r" }).SuccessFields("answer")
            .ExpectPull().Record("reader").SuccessSummary()
            .ExpectGoodbye());
        // Each session for the default database asks for a table again: the driver files the table under
        // the database it names ("neo4j"), not under the default it asked for (no home-database cache
        // without the server's ssr.enabled hint).
        router.Play(Scripts.Connected(hello: new { routing = new { address = router.Address } })
            .ExpectRoute(routing: new { address = router.Address }, bookmarks: []).SuccessRoutingTable([router.Address], [writer.Address], [reader.Address])
            .ExpectRoute(routing: new { address = router.Address }, bookmarks: []).SuccessRoutingTable([router.Address], [writer.Address], [reader.Address])
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "routing", [router, writer, reader], router.Port);

        run.ShouldSucceed();
        run.Values["write_server"].Should().Be(writer.Address);
        run.Values["write_answer"].Should().Be("writer");
        run.Values["read_server"].Should().Be(reader.Address);
        run.Values["read_answer"].Should().Be("reader");
    }
}
