using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Graph.BoltServer.Scripting;

namespace Graph.BoltServer;

/// <summary>
/// A Bolt server that plays scripts: the n-th connection it accepts plays the n-th <see cref="Script"/>.
/// It listens on 127.0.0.1 on a port the system picks, optionally with TLS, and stops by itself after
/// <see cref="BoltServerOptions.Timeout"/>.
/// <code>
/// await using var server = ScriptedBoltServer.Start(Script.Handshake("5.4").ExpectHello()...);
/// // ... point a client at server.Uri() ...
/// var report = await server.WaitForCompletionAsync();
/// report.Errors.Should().BeEmpty(report.ToString());
/// </code>
/// </summary>
public sealed class ScriptedBoltServer : IAsyncDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    private readonly BoltServerOptions _options;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _lifetime;
    private readonly CancellationTokenSource _disposal = new();
    private readonly CancellationTokenSource _stop;
    private readonly List<Task> _connections = [];
    private readonly List<string> _errors = [];
    private readonly Lock _gate = new();
    private Script[] _scripts = [];
    private ConnectionPlayer?[] _players = [];
    private TaskCompletionSource[] _arrived = [];
    private Task _acceptLoop = Task.CompletedTask;
    private int _accepted;

    private ScriptedBoltServer(BoltServerOptions options)
    {
        _options = options;
        if (options.Tls) _ = SelfSignedCertificate.Instance; // made before the first client waits on it
        _lifetime = new CancellationTokenSource(options.Timeout);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token, _disposal.Token);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    /// <summary>Starts a plain-TCP server with one script per expected connection.</summary>
    public static ScriptedBoltServer Start(params Script[] connections) => Start(new BoltServerOptions(), connections);

    /// <summary>Starts a server with these options and one script per expected connection.</summary>
    public static ScriptedBoltServer Start(BoltServerOptions options, params Script[] connections) => Listen(options).Play(connections);

    /// <summary>
    /// Binds a port without playing yet, for scripts that must name their own server (a routing table that
    /// lists its router); clients that connect before <see cref="Play"/> wait in the listen queue.
    /// </summary>
    public static ScriptedBoltServer Listen(BoltServerOptions? options = null) => new(options ?? new BoltServerOptions());

    /// <summary>Starts accepting connections: the n-th plays the n-th script. Called once.</summary>
    public ScriptedBoltServer Play(params Script[] connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        if (connections.Length == 0) throw new ArgumentException("give at least one script", nameof(connections));
        if (_scripts.Length > 0) throw new InvalidOperationException("the server is already playing its scripts");
        _players = new ConnectionPlayer?[connections.Length];
        _arrived = connections.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        _scripts = connections;
        _acceptLoop = AcceptAsync(_stop.Token);
        return this;
    }

    public int Port { get; }

    /// <summary>"127.0.0.1:PORT", as routing tables write addresses.</summary>
    public string Address => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>The URI a driver connects to: <c>bolt://127.0.0.1:PORT</c>, or another scheme (neo4j, bolt+ssc, ...).</summary>
    public Uri Uri(string scheme = "bolt") => new($"{scheme}://{Address}");

    /// <summary>The TLS certificate when <see cref="BoltServerOptions.Tls"/> is set.</summary>
    public X509Certificate2? Certificate => _options.Tls ? SelfSignedCertificate.Instance : null;

    /// <summary>
    /// Waits until every scripted connection has come and played its script (then up to a second more for the
    /// clients to close, so that a message sent after the end is still caught), or until <paramref name="timeout"/>
    /// (10 s by default); then reports.
    /// </summary>
    public async Task<ScriptReport> WaitForCompletionAsync(TimeSpan? timeout = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            for (var i = 0; i < _scripts.Length; i++)
            {
                await _arrived[i].Task.WaitAsync(limit.Token).ConfigureAwait(false);
                if (_players[i] is { } player) await player.Played.WaitAsync(limit.Token).ConfigureAwait(false);
            }
            Task[] connections;
            lock (_gate) connections = [.. _connections];
            await Task.WhenAll(connections).WaitAsync(Grace, limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            // Reported below as connections that never came or did not finish.
        }
        return Report;
    }

    /// <summary>The outcome so far: recorded errors, plus every scripted connection that never came or did not finish.</summary>
    public ScriptReport Report
    {
        get
        {
            List<string> errors;
            lock (_gate) errors = [.. _errors];
            var connections = new List<ConnectionReport>();
            for (var i = 0; i < _scripts.Length; i++)
            {
                if (_players[i] is not { } player)
                {
                    errors.Add(_arrived[i].Task.IsCompleted
                        ? string.Create(CultureInfo.InvariantCulture, $"connection {i + 1}: its script was never played (the TLS handshake failed)")
                        : string.Create(CultureInfo.InvariantCulture, $"connection {i + 1}: the client never opened it ({_scripts.Length} scripted, {Volatile.Read(ref _accepted)} opened)"));
                    continue;
                }
                if (!player.Completed) errors.Add($"connection {player.Number}: the script was not played to its end; it stopped at {player.Position}");
                connections.Add(new ConnectionReport(player.Number, player.Completed, player.Transcript, player.Received));
            }
            if (_lifetime.IsCancellationRequested && errors.Count > 0)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"the server's timeout of {_options.Timeout.TotalSeconds:0} s passed"));
            }
            return new ScriptReport(errors, connections);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposal.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        Task[] tasks;
        lock (_gate) tasks = [.. _connections, _acceptLoop];
        try
        {
            await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping: what was still running has been cancelled.
        }
        _listener.Dispose();
        _stop.Dispose();
        _lifetime.Dispose();
        _disposal.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                var index = Interlocked.Increment(ref _accepted) - 1;
                if (index >= _scripts.Length)
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"connection {index + 1}: not in the script (the server was given {_scripts.Length}); closed at once"));
                    client.Dispose();
                    continue;
                }
                lock (_gate) _connections.Add(ServeAsync(index, client, cancellationToken));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The server is stopping.
        }
        catch (InvalidOperationException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped between two accepts: the listener is no longer listening.
        }
    }

    private async Task ServeAsync(int index, TcpClient client, CancellationToken cancellationToken)
    {
        await Task.Yield();
        using (client)
        {
            client.NoDelay = true;
            Stream stream = client.GetStream();
            if (_options.Tls)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                try
                {
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = SelfSignedCertificate.Instance }, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is AuthenticationException or IOException)
                {
                    Fail(string.Create(CultureInfo.InvariantCulture, $"connection {index + 1}: the TLS handshake failed: {e.Message}"));
                    await tls.DisposeAsync().ConfigureAwait(false);
                    _arrived[index].TrySetResult();
                    return;
                }
                catch (OperationCanceledException)
                {
                    await tls.DisposeAsync().ConfigureAwait(false);
                    return;
                }
                stream = tls;
            }
            var player = new ConnectionPlayer(index + 1, _scripts[index], stream, Fail);
            _players[index] = player;
            _arrived[index].TrySetResult();
            await player.PlayAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Fail(string error)
    {
        lock (_gate) _errors.Add(error);
    }
}
