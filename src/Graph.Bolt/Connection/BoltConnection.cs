using System.Buffers;
using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Graph.Bolt.Chunking;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Connection;

/// <summary>
/// One Bolt connection: handshake, HELLO (and LOGON from 5.1), then RUN/PULL, BEGIN/COMMIT/ROLLBACK,
/// ROUTE and RESET, following the server states of the Bolt server-state spec. Requests that need
/// no answer in between are pipelined (RUN with its first PULL; HELLO with LOGON).
/// </summary>
/// <remarks>
/// After a FAILURE the connection sends RESET (the server ignores everything until then) and raises
/// <see cref="ServerException"/>; it stays usable. A transport failure, a timeout, a cancellation in
/// the middle of an exchange or a protocol violation breaks it: it is closed and
/// <see cref="State"/> becomes <see cref="BoltConnectionState.Defunct"/>. Not thread-safe: one
/// operation at a time.
/// </remarks>
public sealed class BoltConnection : IAsyncDisposable
{
    private static readonly TimeSpan GoodbyeTimeout = TimeSpan.FromSeconds(2);
    private static readonly IReadOnlyDictionary<string, object?> NoMetadata = new Dictionary<string, object?>();

    private readonly Stream _stream;
    private readonly IDisposable? _owner;
    private readonly ChunkWriter _chunkWriter;
    private readonly ChunkReader _chunkReader;
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);
    private readonly TimeSpan _readTimeout;
    private PackStreamOptions _packStreamOptions;
    private int _pendingSummaries;
    private long _lastActivity = Environment.TickCount64;
    private BoltResultCursor? _openCursor;

    private BoltConnection(Stream stream, IDisposable? owner, BoltAddress address, BoltProtocolVersion version, TimeSpan readTimeout)
    {
        _stream = stream;
        _owner = owner;
        _chunkWriter = new ChunkWriter(stream);
        _chunkReader = new ChunkReader(stream);
        _readTimeout = readTimeout;
        Address = address;
        ProtocolVersion = version;
        _packStreamOptions = version >= BoltProtocolVersion.V50 ? PackStreamOptions.Bolt5 : new PackStreamOptions(UtcDateTime: false, ElementIds: false);
    }

    /// <summary>The server this connection talks to.</summary>
    public BoltAddress Address { get; }

    /// <summary>The version agreed in the handshake.</summary>
    public BoltProtocolVersion ProtocolVersion { get; }

    /// <summary>The server's agent from HELLO's SUCCESS, e.g. <c>Neo4j/5.26.0</c>.</summary>
    public string ServerAgent { get; private set; } = string.Empty;

    /// <summary>The server's id for this connection, e.g. <c>bolt-42</c>.</summary>
    public string? ConnectionId { get; private set; }

    /// <summary>Configuration hints from HELLO's SUCCESS (e.g. <c>connection.recv_timeout_seconds</c>).</summary>
    public IReadOnlyDictionary<string, object?> Hints { get; private set; } = NoMetadata;

    /// <summary>True when date-times travel in the UTC forms (<c>49</c>/<c>69</c>): 5.x, or 4.4 with the <c>utc</c> patch.</summary>
    public bool UtcDateTime => _packStreamOptions.UtcDateTime;

    /// <summary>Where the connection stands in the Bolt server-state machine.</summary>
    public BoltConnectionState State { get; private set; } = BoltConnectionState.Connecting;

    /// <summary>True once the connection is broken or closed.</summary>
    public bool IsBroken => State == BoltConnectionState.Defunct;

    /// <summary>How long since the last byte went out or came in.</summary>
    public TimeSpan IdleTime => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastActivity));

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

    /// <summary>
    /// Sends RUN with its first PULL and waits for RUN's answer. In READY this is an auto-commit
    /// query configured by <paramref name="autoCommit"/>; in TX_READY it runs in the open transaction.
    /// </summary>
    /// <param name="query">The Cypher text.</param>
    /// <param name="parameters">The parameters; null for none.</param>
    /// <param name="autoCommit">The auto-commit configuration; must be null inside a transaction.</param>
    /// <param name="fetchSize">Records per PULL; -1 for all at once.</param>
    /// <param name="cancellationToken">Cancels the wait; the connection is then broken.</param>
    /// <returns>The open result: its keys now, its records as they are pulled.</returns>
    public async Task<BoltResultCursor> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters,
        TransactionConfig? autoCommit,
        long fetchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (fetchSize == 0 || fetchSize < -1) throw new ArgumentOutOfRangeException(nameof(fetchSize), fetchSize, "the fetch size is positive, or -1 for all");
        var inTransaction = State switch
        {
            BoltConnectionState.Ready => false,
            BoltConnectionState.TransactionReady => true,
            _ => throw WrongState("RUN"),
        };
        if (inTransaction && autoCommit is not null)
        {
            throw new ArgumentException("inside a transaction the configuration belongs to BEGIN", nameof(autoCommit));
        }

        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(new RunMessage(query, parameters, inTransaction ? null : autoCommit ?? TransactionConfig.Default));
        Enqueue(new PullMessage(fetchSize));
        await SendAsync(cancellationToken).ConfigureAwait(false);
        var response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        switch (response)
        {
            case SuccessMessage success:
                State = inTransaction ? BoltConnectionState.TransactionStreaming : BoltConnectionState.Streaming;
                var keys = success.Get<IReadOnlyList<object?>>("fields")?.Select(key => key as string ?? string.Empty).ToArray() ?? [];
                _openCursor = new BoltResultCursor(this, keys, success.Metadata, fetchSize);
                return _openCursor;
            case FailureMessage failure:
                throw await FailAsync(failure, cancellationToken).ConfigureAwait(false);
            default:
                throw Unexpected(response, "RUN");
        }
    }

    /// <summary>Opens an explicit transaction (BEGIN); READY to TX_READY.</summary>
    public async Task BeginAsync(TransactionConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        RequireState(BoltConnectionState.Ready, "BEGIN");
        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(new BeginMessage(config));
        await ExpectSuccessAsync("BEGIN", cancellationToken).ConfigureAwait(false);
        State = BoltConnectionState.TransactionReady;
    }

    /// <summary>Commits the explicit transaction (COMMIT); TX_READY to READY.</summary>
    /// <returns>The bookmark of the commit, or null when the server sent none.</returns>
    public async Task<string?> CommitAsync(CancellationToken cancellationToken = default)
    {
        RequireState(BoltConnectionState.TransactionReady, "COMMIT");
        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(CommitMessage.Instance);
        var success = await ExpectSuccessAsync("COMMIT", cancellationToken).ConfigureAwait(false);
        State = BoltConnectionState.Ready;
        return success.Get<string>("bookmark");
    }

    /// <summary>Rolls the explicit transaction back (ROLLBACK; RESET when a result is still open).</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (State == BoltConnectionState.TransactionStreaming)
        {
            // A result is still streaming: RESET ends it and the transaction together.
            await ResetAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        RequireState(BoltConnectionState.TransactionReady, "ROLLBACK");
        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(RollbackMessage.Instance);
        await ExpectSuccessAsync("ROLLBACK", cancellationToken).ConfigureAwait(false);
        State = BoltConnectionState.Ready;
    }

    /// <summary>Asks for a routing table (ROUTE, 4.3+).</summary>
    /// <returns>The <c>rt</c> dictionary: <c>ttl</c>, <c>db</c>, <c>servers</c>.</returns>
    public async Task<IReadOnlyDictionary<string, object?>> RouteAsync(RouteMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        RequireState(BoltConnectionState.Ready, "ROUTE");
        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(message);
        var success = await ExpectSuccessAsync("ROUTE", cancellationToken).ConfigureAwait(false);
        return success.Get<IReadOnlyDictionary<string, object?>>("rt")
            ?? throw Break(new BoltProtocolException("the SUCCESS of ROUTE carries no routing table (rt)"));
    }

    /// <summary>
    /// Sends RESET and reads every outstanding answer: back to READY whatever state the connection
    /// was in (an open result and an open transaction are dropped).
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        if (IsBroken) throw new InvalidOperationException($"the connection to {Address} is closed");
        AbandonCursor();
        _chunkWriter.Discard();
        Enqueue(ResetMessage.Instance);
        await SendAsync(cancellationToken).ConfigureAwait(false);
        await DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Says GOODBYE (best effort) and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsBroken) return;
        if (State != BoltConnectionState.Connecting)
        {
            try
            {
                _chunkWriter.Discard();
                Enqueue(GoodbyeMessage.Instance);
                using var timeout = new CancellationTokenSource(GoodbyeTimeout);
                await _chunkWriter.FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransportError(ex) || ex is OperationCanceledException)
            {
                // The server may be gone already; closing is all that is left to do.
            }
        }

        MarkBroken();
    }

    /// <summary>The next record of <paramref name="cursor"/>, pulling the next batch when the server has more; null at the end.</summary>
    internal async ValueTask<IReadOnlyList<object?>?> NextRecordAsync(BoltResultCursor cursor, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(cursor, _openCursor)) throw new InvalidOperationException("the result is no longer open: the connection has moved on");
        while (true)
        {
            var response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            switch (response)
            {
                case RecordMessage record:
                    return record.Fields;
                case SuccessMessage { HasMore: true }:
                    // The batch of n records is done and more remain (PULL, has_more): ask for the next batch.
                    Enqueue(new PullMessage(cursor.FetchSize));
                    await SendAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case SuccessMessage success:
                    State = State == BoltConnectionState.TransactionStreaming ? BoltConnectionState.TransactionReady : BoltConnectionState.Ready;
                    _openCursor = null;
                    cursor.Complete(success.Metadata);
                    return null;
                case FailureMessage failure:
                    throw await FailAsync(failure, cancellationToken).ConfigureAwait(false);
                default:
                    throw Unexpected(response, "PULL");
            }
        }
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

    private async Task<SuccessMessage> ExpectSuccessAsync(string request, CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken).ConfigureAwait(false);
        var response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        return response switch
        {
            SuccessMessage success => success,
            FailureMessage failure => throw await FailAsync(failure, cancellationToken).ConfigureAwait(false),
            _ => throw Unexpected(response, request),
        };
    }

    /// <summary>
    /// After a FAILURE the server ignores everything until RESET (Bolt server-state spec, FAILED):
    /// send it, drain, and hand back the server's error to throw. Security failures close the
    /// connection instead, because its authentication can no longer be trusted.
    /// </summary>
    private async Task<ServerException> FailAsync(FailureMessage failure, CancellationToken cancellationToken)
    {
        var error = failure.ToException();
        AbandonCursor();
        if (error.IsSecurityError)
        {
            MarkBroken();
            return error;
        }

        try
        {
            Enqueue(ResetMessage.Instance);
            await SendAsync(cancellationToken).ConfigureAwait(false);
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BoltException)
        {
            // The connection is broken now; the server's error is still the one worth reporting.
        }

        return error;
    }

    /// <summary>Reads until every request sent has its summary; the last must be RESET's SUCCESS.</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        ResponseMessage? last = null;
        while (_pendingSummaries > 0)
        {
            last = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        }

        if (last is not SuccessMessage)
        {
            throw Break(new BoltProtocolException($"the server did not accept RESET (it answered {last?.Signature.ToString() ?? "nothing"})"));
        }

        State = BoltConnectionState.Ready;
    }

    private void Enqueue(IRequestMessage message)
    {
        _scratch.ResetWrittenCount();
        message.WriteTo(new PackStreamWriter(_scratch, _packStreamOptions), ProtocolVersion);
        _chunkWriter.WriteMessage(_scratch.WrittenSpan);

        // Every request but GOODBYE gets exactly one summary: SUCCESS, FAILURE or IGNORED.
        if (message is not GoodbyeMessage) _pendingSummaries++;
    }

    private async ValueTask SendAsync(CancellationToken cancellationToken)
    {
        using var timeout = StartTimeout(cancellationToken);
        try
        {
            await _chunkWriter.FlushAsync(timeout.Token).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Break(new TransportException($"sending to {Address} took longer than {_readTimeout}"));
        }
        catch (OperationCanceledException)
        {
            MarkBroken();
            throw;
        }
        catch (Exception ex) when (IsTransportError(ex))
        {
            throw Break(new TransportException($"the connection to {Address} failed while sending: {ex.Message}", ex));
        }
    }

    private async ValueTask<ResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var timeout = StartTimeout(cancellationToken);
        ReadOnlyMemory<byte> bytes;
        try
        {
            bytes = await _chunkReader.ReadMessageAsync(timeout.Token).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Break(new TransportException(string.Create(
                CultureInfo.InvariantCulture, $"no answer from {Address} within {_readTimeout.TotalSeconds:0.###} s (read timeout)")));
        }
        catch (OperationCanceledException)
        {
            MarkBroken();
            throw;
        }
        catch (Exception ex) when (IsTransportError(ex))
        {
            throw Break(new TransportException($"the connection to {Address} failed while receiving: {ex.Message}", ex));
        }

        ResponseMessage response;
        try
        {
            response = ResponseMessage.Parse(bytes);
        }
        catch (BoltProtocolException ex)
        {
            throw Break(ex);
        }

        if (response is not RecordMessage) _pendingSummaries--;
        return response;
    }

    private CancellationTokenSource StartTimeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_readTimeout != Timeout.InfiniteTimeSpan) source.CancelAfter(_readTimeout);
        return source;
    }

    private void RequireState(BoltConnectionState expected, string request)
    {
        if (State != expected) throw WrongState(request);
    }

    private InvalidOperationException WrongState(string request) => IsBroken
        ? new InvalidOperationException($"the connection to {Address} is closed")
        : new InvalidOperationException($"{request} cannot be sent in state {State}");

    private BoltProtocolException Unexpected(ResponseMessage response, string request) =>
        Break(new BoltProtocolException($"the server answered {request} with an unexpected {response.Signature}"));

    private void AbandonCursor()
    {
        _openCursor?.Abandon();
        _openCursor = null;
    }

    /// <summary>Marks the connection broken and closes it; returns <paramref name="error"/> for throwing.</summary>
    private T Break<T>(T error)
        where T : Exception
    {
        MarkBroken();
        return error;
    }

    private void MarkBroken()
    {
        if (State == BoltConnectionState.Defunct) return;
        State = BoltConnectionState.Defunct;
        AbandonCursor();
        try
        {
            _stream.Dispose();
            _owner?.Dispose();
        }
        catch (Exception ex) when (IsTransportError(ex))
        {
            // Closing a broken stream may fail again; it is closed either way.
        }
    }

    private static bool IsTransportError(Exception ex) => ex is IOException or SocketException or ObjectDisposedException;
}
