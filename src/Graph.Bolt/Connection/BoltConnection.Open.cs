using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Connection;

// Opening a connection: TCP, TLS, the handshake (Bolt handshake spec), HELLO and LOGON.
public sealed partial class BoltConnection
{
    /// <summary>Connects over TCP (and TLS when asked), shakes hands and logs on, all within <see cref="BoltConnectionSettings.ConnectTimeout"/>.</summary>
    /// <exception cref="TransportException">The server cannot be reached, TLS failed, or it took too long.</exception>
    /// <exception cref="ServerException">HELLO or LOGON failed, e.g. wrong credentials.</exception>
    /// <exception cref="BoltProtocolException">The server is no Bolt server or agrees to no offered version.</exception>
    public static async Task<BoltConnection> ConnectAsync(BoltAddress address, BoltConnectionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(settings);
        var client = new TcpClient { NoDelay = true };
        Stream? stream = null;
        return await OpenGuardedAsync(
            address,
            settings,
            async deadline =>
            {
                await client.ConnectAsync(address.Host, address.Port, deadline).ConfigureAwait(false);
                stream = client.GetStream();
                if (settings.Encryption != BoltEncryption.None)
                {
                    var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                    stream = tls;
                    await tls.AuthenticateAsClientAsync(TlsOptions.For(address, settings), deadline).ConfigureAwait(false);
                }

                return await EstablishAsync(stream, client, address, settings, deadline).ConfigureAwait(false);
            },
            () =>
            {
                stream?.Dispose();
                client.Dispose();
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Shakes hands and logs on over a stream that is already open (a test's in-memory stream, or a
    /// transport of the caller's). The connection owns the stream from then on.
    /// </summary>
    public static Task<BoltConnection> OpenAsync(Stream stream, BoltAddress address, BoltConnectionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(settings);
        return OpenGuardedAsync(address, settings, deadline => EstablishAsync(stream, null, address, settings, deadline), stream.Dispose, cancellationToken);
    }

    private static async Task<BoltConnection> OpenGuardedAsync(
        BoltAddress address,
        BoltConnectionSettings settings,
        Func<CancellationToken, Task<BoltConnection>> open,
        Action cleanup,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (settings.ConnectTimeout != Timeout.InfiniteTimeSpan) deadline.CancelAfter(settings.ConnectTimeout);
        var opened = false;
        try
        {
            var connection = await open(deadline.Token).ConfigureAwait(false);
            opened = true;
            return connection;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransportException(string.Create(
                CultureInfo.InvariantCulture,
                $"could not open a Bolt connection to {address} within {settings.ConnectTimeout.TotalSeconds:0.###} s"));
        }
        catch (AuthenticationException ex)
        {
            throw new TransportException($"TLS with {address} failed: {ex.Message}", ex);
        }
        catch (Exception ex) when (IsTransportError(ex))
        {
            throw new TransportException($"could not open a Bolt connection to {address}: {ex.Message}", ex);
        }
        finally
        {
            if (!opened) cleanup();
        }
    }

    private static async Task<BoltConnection> EstablishAsync(
        Stream stream,
        IDisposable? owner,
        BoltAddress address,
        BoltConnectionSettings settings,
        CancellationToken cancellationToken)
    {
        // Bolt handshake spec: magic and four proposals out, one version back.
        await stream.WriteAsync(BoltHandshake.CreateRequest(), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        var answer = new byte[4];
        await stream.ReadExactlyAsync(answer, cancellationToken).ConfigureAwait(false);
        var version = BoltHandshake.ParseResponse(answer);

        var connection = new BoltConnection(stream, owner, address, version, settings.ReadTimeout);
        try
        {
            await connection.HelloAsync(settings, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.MarkBroken();
            throw;
        }
    }

    private async Task HelloAsync(BoltConnectionSettings settings, CancellationToken cancellationToken)
    {
        // From 5.1 the credentials travel in LOGON; it is pipelined right behind HELLO.
        var logon = ProtocolVersion >= BoltProtocolVersion.V51;
        Enqueue(new HelloMessage(settings.UserAgent, settings.Auth, settings.RoutingContext, settings.Notifications));
        if (logon) Enqueue(new LogonMessage(settings.Auth));
        await SendAsync(cancellationToken).ConfigureAwait(false);

        var hello = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        if (hello is FailureMessage helloFailure) throw Break(helloFailure.ToException());
        if (hello is not SuccessMessage success) throw Unexpected(hello, "HELLO");
        ServerAgent = success.Get<string>("server") ?? string.Empty;
        ConnectionId = success.Get<string>("connection_id");
        Hints = success.Get<IReadOnlyDictionary<string, object?>>("hints") ?? NoMetadata;
        if (ProtocolVersion == BoltProtocolVersion.V44
            && success.Get<IReadOnlyList<object?>>("patch_bolt") is { } patches
            && patches.Contains("utc"))
        {
            _packStreamOptions = new PackStreamOptions(UtcDateTime: true, ElementIds: false);
        }

        if (logon)
        {
            var logonAnswer = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (logonAnswer is FailureMessage logonFailure) throw Break(logonFailure.ToException());
            if (logonAnswer is not SuccessMessage) throw Unexpected(logonAnswer, "LOGON");
        }

        State = BoltConnectionState.Ready;
    }
}
