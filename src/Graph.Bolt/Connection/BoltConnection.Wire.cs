using System.Globalization;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Connection;

// The wire under the operations: framing requests, reading answers, timeouts, recovery after
// FAILURE, and breaking the connection on transport or protocol errors.
public sealed partial class BoltConnection
{
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
    /// send it, drain, and hand back the server's error to throw. A failure that invalidates the
    /// authentication closes the connection instead: nothing more can be done on it.
    /// </summary>
    private async Task<ServerException> FailAsync(FailureMessage failure, CancellationToken cancellationToken)
    {
        var error = failure.ToException();
        AbandonCursor();
        if (error.InvalidatesAuthentication)
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
        // A pipelined BEGIN's answer is among those drained.
        _beginPending = false;
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
        _messagesSent++;

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
            _messagesReceived++;
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
}
