using System.Net.Sockets;

namespace Graph.BoltServer.Tests;

/// <summary>The double's handshake and steps seen from a hand-written client, byte by byte (bolt/handshake).</summary>
public sealed class RawProtocolTests : IAsyncDisposable
{
    private static readonly byte[] Magic = [0x60, 0x60, 0xB0, 0x17];

    /// <summary>HELLO {} in one chunk: 00 03, B1 01 A0, 00 00.</summary>
    private static readonly byte[] EmptyHello = [0x00, 0x03, 0xB1, 0x01, 0xA0, 0x00, 0x00];

    private readonly TcpClient _client = new();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Task.CompletedTask;
    }

    private async Task<NetworkStream> ConnectAsync(ScriptedBoltServer server, params uint[] slots)
    {
        await _client.ConnectAsync("127.0.0.1", server.Port);
        var stream = _client.GetStream();
        var request = new List<byte>(Magic);
        foreach (var slot in slots.Concat(Enumerable.Repeat(0u, 4 - slots.Length)))
        {
            request.AddRange([(byte)(slot >> 24), (byte)(slot >> 16), (byte)(slot >> 8), (byte)slot]);
        }
        await stream.WriteAsync(request.ToArray());
        return stream;
    }

    private static async Task<string> ReadHexAsync(Stream stream, int count)
    {
        var bytes = new byte[count];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await stream.ReadExactlyAsync(bytes, timeout.Token);
        return Convert.ToHexString(bytes);
    }

    private static async Task<int> ReadToEndAsync(Stream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var total = 0;
        var buffer = new byte[256];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0) total += read;
        return total;
    }

    [Fact]
    public async Task The_classic_answer_is_the_chosen_version_in_four_bytes()
    {
        await using var server = ScriptedBoltServer.Start(Script.Handshake("4.4").ExpectHello().Success(new { server = "Neo4j/4.4.0" }));

        var stream = await ConnectAsync(server, 0x00020404, 0x00000003);
        (await ReadHexAsync(stream, 4)).Should().Be("00000404");
        await stream.WriteAsync(EmptyHello);
        // SUCCESS {server: "Neo4j/4.4.0"}: B1 70 A1 86 "server" 8B "Neo4j/4.4.0", in one chunk of 0x16 bytes.
        (await ReadHexAsync(stream, 2 + 0x16 + 2)).Should().Be("0016B170A186736572766572" + "8B4E656F346A2F342E342E30" + "0000");
        _client.Client.Shutdown(SocketShutdown.Send);
        await ReadToEndAsync(stream);

        var report = await server.WaitForCompletionAsync();
        report.Errors.Should().BeEmpty(report.ToString());
        report.Connections.Single().Transcript[0].Should().Be("C: <handshake> 4.4-4.2, 3.0");
    }

    [Fact]
    public async Task A_version_not_offered_is_answered_with_zeros_and_reported()
    {
        await using var server = ScriptedBoltServer.Start(Script.Handshake("5.4").ExpectHello());

        var stream = await ConnectAsync(server, 0x00000404);
        (await ReadHexAsync(stream, 4)).Should().Be("00000000");

        var report = await server.WaitForCompletionAsync();
        report.Errors.Should().Contain("connection 1: handshake: the client offered 4.4, not 5.4");
    }

    [Fact]
    public async Task The_manifest_answer_lists_the_version_and_reads_the_clients_choice()
    {
        await using var server = ScriptedBoltServer.Start(Script.Handshake("5.8", manifest: true).ExpectHello().Success());

        var stream = await ConnectAsync(server, 0x000001FF, 0x00080805);
        // 00 00 01 FF, one range (varint 01), 5.8 as 00 00 08 05, no capabilities (varint 00).
        (await ReadHexAsync(stream, 10)).Should().Be("000001FF" + "01" + "00000805" + "00");
        await stream.WriteAsync(new byte[] { 0x00, 0x00, 0x08, 0x05, 0x00 });
        await stream.WriteAsync(EmptyHello);
        (await ReadHexAsync(stream, 7)).Should().Be("0003B170A00000");

        var report = await server.WaitForCompletionAsync(TimeSpan.FromSeconds(1));
        report.Connections.Single().Transcript.Should().StartWith(
        [
            "C: <handshake> manifest v1, 5.8-5.0",
            "S: <handshake> manifest v1 offering 5.8, capabilities 0",
            "C: <handshake> chose 5.8, capabilities 0",
            "C: HELLO {}",
            "S: SUCCESS {}",
        ]);
    }

    [Fact]
    public async Task Drop_closes_the_connection_after_the_replies_before_it()
    {
        await using var server = ScriptedBoltServer.Start(Script.Handshake("5.4").ExpectHello().Success().Drop());

        var stream = await ConnectAsync(server, 0x00040805);
        (await ReadHexAsync(stream, 4)).Should().Be("00000405");
        await stream.WriteAsync(EmptyHello);
        (await ReadToEndAsync(stream)).Should().Be(7, "SUCCESS with no metadata comes (7 bytes), then the end of the stream");

        var report = await server.WaitForCompletionAsync();
        report.Errors.Should().BeEmpty(report.ToString());
        report.Connections.Single().Transcript[^1].Should().Be("S: <drop the connection>");
    }

    [Fact]
    public async Task A_connection_beyond_the_scripts_is_closed_and_reported()
    {
        await using var server = ScriptedBoltServer.Start(Script.DropOnConnect());
        using var second = new TcpClient();

        await ConnectAsync(server, 0x00000405);
        await second.ConnectAsync("127.0.0.1", server.Port);
        (await ReadToEndAsync(second.GetStream())).Should().Be(0);

        var report = await server.WaitForCompletionAsync();
        report.Errors.Should().Equal("connection 2: not in the script (the server was given 1); closed at once");
    }

    [Fact]
    public async Task The_server_times_out_and_reports_where_each_script_stood()
    {
        // Long enough that a busy CI machine still answers the handshake before the time is up (1 s was seen to
        // run out first while the other test projects ran), short enough to keep the suite quick.
        await using var server = ScriptedBoltServer.Start(new BoltServerOptions { Timeout = TimeSpan.FromSeconds(5) }, Script.Handshake("5.4").ExpectHello());

        var stream = await ConnectAsync(server, 0x00000405);
        (await ReadHexAsync(stream, 4)).Should().Be("00000405");
        (await ReadToEndAsync(stream)).Should().Be(0, "the server closes the connection when its time is up");

        var report = await server.WaitForCompletionAsync();
        report.Errors.Should().Equal(
            "connection 1: the script was not played to its end; it stopped at step 2 of 2: C: HELLO *",
            "the server's timeout of 5 s passed");
    }
}
