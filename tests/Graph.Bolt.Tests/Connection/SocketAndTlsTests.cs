using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Graph.Bolt.Connection;
using static Graph.Bolt.Tests.Connection.ConnectionScript;

namespace Graph.Bolt.Tests.Connection;

/// <summary>
/// The real transport under <see cref="BoltConnection.ConnectAsync"/>: TCP on loopback, and TLS
/// with each verification mode (<c>+s</c> with a private root, <c>+s</c> without it, <c>+ssc</c>).
/// </summary>
public sealed class SocketAndTlsTests : IDisposable
{
    private readonly TestCertificates _certificates = new();

    public void Dispose() => _certificates.Dispose();

    [Fact]
    public async Task Plain_TCP_connects_shakes_hands_and_logs_on()
    {
        await using var server = new CannedSocketServer(Bolt54().ToArray());

        await using var connection = await BoltConnection.ConnectAsync(new BoltAddress("127.0.0.1", server.Port), Settings());
        connection.ServerAgent.Should().Be("Neo4j/5.26.0");
    }

    [Fact]
    public async Task A_refused_connection_is_a_retryable_transport_failure()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var act = () => BoltConnection.ConnectAsync(new BoltAddress("127.0.0.1", port), Settings());
        var error = (await act.Should().ThrowAsync<TransportException>()).Which;
        error.InnerException.Should().BeOfType<SocketException>();
        error.IsRetryable.Should().BeTrue();
        error.Message.Should().Contain($"127.0.0.1:{port}");
    }

    [Fact]
    public async Task Verified_TLS_accepts_a_certificate_of_the_given_root_for_the_right_host()
    {
        await using var server = new CannedSocketServer(Bolt54().ToArray(), _certificates.Server);
        var settings = new BoltConnectionSettings
        {
            Auth = Settings().Auth,
            Encryption = BoltEncryption.Verified,
            TrustedRootCertificate = _certificates.Root,
        };

        await using var connection = await BoltConnection.ConnectAsync(new BoltAddress("localhost", server.Port), settings);
        connection.State.Should().Be(BoltConnectionState.Ready);
    }

    [Fact]
    public async Task Verified_TLS_refuses_a_certificate_the_system_does_not_trust()
    {
        await using var server = new CannedSocketServer(Bolt54().ToArray(), _certificates.Server);
        var settings = new BoltConnectionSettings { Auth = Settings().Auth, Encryption = BoltEncryption.Verified };

        var act = () => BoltConnection.ConnectAsync(new BoltAddress("localhost", server.Port), settings);
        var error = (await act.Should().ThrowAsync<TransportException>()).Which;
        error.InnerException.Should().BeAssignableTo<AuthenticationException>();
        error.IsRetryable.Should().BeFalse("a bad certificate stays bad");
    }

    [Fact]
    public async Task Verified_TLS_refuses_a_certificate_for_another_host_even_from_the_given_root()
    {
        await using var server = new CannedSocketServer(Bolt54().ToArray(), _certificates.Server);
        var settings = new BoltConnectionSettings
        {
            Auth = Settings().Auth,
            Encryption = BoltEncryption.Verified,
            TrustedRootCertificate = _certificates.Root,
        };

        // The certificate names localhost; the client asked for 127.0.0.1.
        var act = () => BoltConnection.ConnectAsync(new BoltAddress("127.0.0.1", server.Port), settings);
        await act.Should().ThrowAsync<TransportException>().WithMessage("TLS*");
    }

    [Fact]
    public async Task Self_signed_mode_accepts_any_certificate()
    {
        await using var server = new CannedSocketServer(Bolt54().ToArray(), _certificates.Server);
        var settings = new BoltConnectionSettings { Auth = Settings().Auth, Encryption = BoltEncryption.TrustAny };

        await using var connection = await BoltConnection.ConnectAsync(new BoltAddress("127.0.0.1", server.Port), settings);
        connection.ProtocolVersion.ToString().Should().Be("5.4");
    }
}
