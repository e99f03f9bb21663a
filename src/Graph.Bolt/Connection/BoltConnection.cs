using System.Buffers;
using System.Net.Sockets;
using Graph.Bolt.Chunking;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Connection;

/// <summary>
/// One Bolt connection: handshake, HELLO (and LOGON from 5.1), then RUN/PULL, BEGIN/COMMIT/ROLLBACK,
/// ROUTE and RESET, following the server states of the Bolt server-state spec. Requests that need
/// no answer in between are pipelined (RUN with its first PULL; HELLO with LOGON; BEGIN with what follows it).
/// </summary>
/// <remarks>
/// After a FAILURE the connection sends RESET (the server ignores everything until then) and raises
/// <see cref="ServerException"/>; it stays usable. A transport failure, a timeout, a cancellation in
/// the middle of an exchange or a protocol violation breaks it: it is closed and
/// <see cref="State"/> becomes <see cref="BoltConnectionState.Defunct"/>. Not thread-safe: one
/// operation at a time.
/// </remarks>
public sealed partial class BoltConnection : IAsyncDisposable
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
    private bool _beginPending;

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

    private long _messagesSent;
    private long _messagesReceived;

    /// <summary>What has gone over this connection so far.</summary>
    public BoltTraffic Traffic => new(_messagesSent, _messagesReceived, _chunkWriter.BytesWritten, _chunkReader.BytesRead, _chunkWriter.Flushes);

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
        await ReadPendingBeginAsync(cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Opens an explicit transaction (BEGIN); READY to TX_READY. BEGIN is pipelined, as Neo4j's drivers do: it goes out
    /// with the transaction's first RUN (or its COMMIT or ROLLBACK), which saves a trip to the server per transaction;
    /// if the server refuses it, that first request throws the server's error.
    /// </summary>
    public Task BeginAsync(TransactionConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        RequireState(BoltConnectionState.Ready, "BEGIN");
        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(new BeginMessage(config));
        _beginPending = true;
        State = BoltConnectionState.TransactionReady;
        return Task.CompletedTask;
    }

    /// <summary>Reads the answer to a pipelined BEGIN, sent with the request that followed it; throws its failure.</summary>
    private async Task ReadPendingBeginAsync(CancellationToken cancellationToken)
    {
        if (!_beginPending) return;
        _beginPending = false;
        var response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        switch (response)
        {
            case SuccessMessage:
                return;
            case FailureMessage failure:
                // The server ignores what came after BEGIN; FailAsync resets and drains those answers too.
                var error = await FailAsync(failure, cancellationToken).ConfigureAwait(false);
                if (State != BoltConnectionState.Defunct) State = BoltConnectionState.Ready;
                throw error;
            default:
                throw Unexpected(response, "BEGIN");
        }
    }

    /// <summary>Commits the explicit transaction (COMMIT); TX_READY to READY.</summary>
    /// <returns>The bookmark of the commit, or null when the server sent none.</returns>
    public async Task<string?> CommitAsync(CancellationToken cancellationToken = default)
    {
        RequireState(BoltConnectionState.TransactionReady, "COMMIT");
        cancellationToken.ThrowIfCancellationRequested();
        Enqueue(CommitMessage.Instance);
        await SendAsync(cancellationToken).ConfigureAwait(false);
        await ReadPendingBeginAsync(cancellationToken).ConfigureAwait(false);
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
        await SendAsync(cancellationToken).ConfigureAwait(false);
        await ReadPendingBeginAsync(cancellationToken).ConfigureAwait(false);
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

    private static bool IsTransportError(Exception ex) => ex is IOException or SocketException or ObjectDisposedException;
}
