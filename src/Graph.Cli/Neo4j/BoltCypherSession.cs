using Graph.Neo4j.Database;

namespace Graph.Cli.Neo4j;

// PLACEHOLDER while src/Graph.Bolt has no BoltClient yet: replaced by the adapter before the report.
internal static class BoltCypherSession
{
    public static ICypherSession Open(Neo4jConnection connection) => throw new NotImplementedException("placeholder");
}
