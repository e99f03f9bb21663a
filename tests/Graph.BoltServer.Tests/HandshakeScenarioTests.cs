using Xunit.Abstractions;

namespace Graph.BoltServer.Tests;

/// <summary>(a) Handshake, HELLO and LOGON, checked by driver.getServerInfo() of the official JS driver.</summary>
public class HandshakeScenarioTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("4.4", false)]
    [InlineData("5.0", false)]
    [InlineData("5.4", false)]
    [InlineData("5.8", false)]
    [InlineData("5.4", true)]
    [InlineData("5.8", true)]
    public async Task Server_info_reports_the_scripted_agent_and_version(string version, bool manifest)
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected(version, manifest).ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server);

        run.ShouldSucceed();
        run.Values["agent"].Should().Be(Scripts.Agent);
        run.Values["protocolVersion"].Should().Be(version);
        run.Values["address"].Should().Be(server.Address);
    }

    [Fact]
    public async Task The_driver_offers_manifest_v1_and_5_8_to_3_0_and_sends_its_agent_in_hello()
    {
        await using var server = ScriptedBoltServer.Start(Scripts.Connected("5.4").ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server);

        run.ShouldSucceed();
        var transcript = run.Report.Connections.Single().Transcript;
        transcript[0].Should().Be("C: <handshake> manifest v1, 5.8-5.0, 4.4-4.2, 3.0");
        var hello = run.Report.Connections.Single().Received[0];
        hello.Signature.Should().Be(MessageSignature.Hello);
        var extra = hello.Fields[0].Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>().Subject;
        extra.Should().ContainKey("user_agent").WhoseValue.Should().Be("neo4j-javascript/6.3.0");
        extra.Should().ContainKey("bolt_agent");
        extra.Should().NotContainKey("credentials", "from 5.1 the credentials travel in LOGON");
    }

    [Fact]
    public async Task Tls_with_a_self_signed_certificate_serves_bolt_ssc()
    {
        await using var server = ScriptedBoltServer.Start(new BoltServerOptions { Tls = true }, Scripts.Connected().ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server, "--scheme=bolt+ssc");

        run.ShouldSucceed();
        run.Values["agent"].Should().Be(Scripts.Agent);
        server.Certificate!.Subject.Should().Be("CN=localhost");
    }

    [Fact]
    public async Task Tls_serves_a_query_too()
    {
        await using var server = ScriptedBoltServer.Start(new BoltServerOptions { Tls = true }, Scripts.Connected()
            .ExpectRun("RETURN 1 AS n").SuccessFields("n")
            .ExpectPull().Record(1).SuccessSummary()
            .ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "autocommit", server, "--scheme=bolt+ssc");

        run.ShouldSucceed();
        run.Values["n"].Should().Be("1");
    }

    [Fact]
    public async Task Bolt_s_refuses_the_self_signed_certificate()
    {
        // bolt+s:// checks the certificate against the system's CAs, so the self-signed one must be refused:
        // the double really does TLS, and the driver really checks it.
        await using var server = ScriptedBoltServer.Start(new BoltServerOptions { Tls = true }, Scripts.Connected().ExpectGoodbye());

        var run = await Scenario.RunAsync(output, "hello", server, "--scheme=bolt+s");

        run.Node.ExitCode.Should().Be(1, run.Because);
        run.Node.Error.Should().Contain("ServiceUnavailable").And.Contain("certificate is not trusted", run.Because);
        run.Report.Errors.Should().ContainMatch("connection 1: the client closed the connection at step 1 of 6: handshake 5.4", run.Because);
    }
}
