using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Graph.Bolt.Tests.Connection;

/// <summary>
/// A loopback TCP listener that replays canned bytes, optionally behind TLS with a given
/// certificate. It is no Bolt server (it does not read what the client says): it exists so that
/// the real TCP connect and TLS verification paths of BoltConnection run in a test.
/// </summary>
internal sealed class CannedSocketServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _serving;

    public CannedSocketServer(byte[] replies, X509Certificate2? certificate = null)
    {
        _listener.Start();
        _serving = ServeAsync(replies, certificate);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The TLS failure the server saw, if any (the client refusing the certificate).</summary>
    public Exception? Failure { get; private set; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await Task.WhenAny(_serving, Task.Delay(TimeSpan.FromSeconds(5)));
        _listener.Dispose();
    }

    private async Task ServeAsync(byte[] replies, X509Certificate2? certificate)
    {
        try
        {
            using var client = await _listener.AcceptTcpClientAsync();
            Stream stream = client.GetStream();
            if (certificate is not null)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate });
            }

            await using (stream)
            {
                await stream.WriteAsync(replies);
                await stream.FlushAsync();

                // Read (and drop) what the client sends until it hangs up.
                var buffer = new byte[4096];
                while (await stream.ReadAsync(buffer) > 0)
                {
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            Failure = ex;
        }
    }
}
