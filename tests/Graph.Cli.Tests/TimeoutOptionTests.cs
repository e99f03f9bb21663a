using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Graph.Cli.Tests;

/// <summary>Timeouts are options: a server that takes the connection and never answers costs the user what they chose.</summary>
public class TimeoutOptionTests
{
    [Fact]
    public async Task A_neo4j_that_never_answers_fails_after_the_connect_timeout_given()
    {
        // Accepts TCP connections and then says nothing, as a hung server or a wrong port behind a proxy does.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accepted = new List<TcpClient>();
        _ = Task.Run(async () =>
        {
            while (true) accepted.Add(await silent.AcceptTcpClientAsync());
        });
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = Stopwatch.StartNew();

        var code = await GraphCommandLine.RunAsync(
            ["query", "--cypher", "RETURN 1", "--neo4j", $"bolt://127.0.0.1:{port}", "--neo4j-connect-timeout", "1"],
            new Graph.Cli.Neo4j.CliEnvironment { GetVariable = name => name == "NEO4J_PASSWORD" ? "secret" : null, ReadPassword = _ => null },
            output, error);

        code.Should().Be(ExitCodes.Unavailable, error.ToString());
        error.ToString().Should().Contain($"127.0.0.1:{port}");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(14), "the default of 15 s was replaced by the 1 s given");
    }

    [Theory]
    [InlineData("--neo4j-connect-timeout", "0")]
    [InlineData("--neo4j-read-timeout", "-5")]
    [InlineData("--sparql-timeout", "0")]
    [InlineData("--max-document-mb", "0")]
    public async Task A_limit_below_its_minimum_is_a_usage_error_naming_the_option(string option, string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await GraphCommandLine.RunAsync(["import", "samples", option, value], output, error);

        code.Should().Be(ExitCodes.UsageError);
        error.ToString().Should().Contain(option);
    }
}
