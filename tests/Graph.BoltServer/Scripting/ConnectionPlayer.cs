using System.Globalization;
using Graph.BoltServer.Wire;

namespace Graph.BoltServer.Scripting;

/// <summary>Plays one <see cref="Script"/> on one accepted connection, writing a transcript as it goes.</summary>
internal sealed class ConnectionPlayer(int number, Script script, Stream stream, Action<string> fail)
{
    /// <summary>What the double answers when the client strays from the script.</summary>
    public const string MismatchCode = "Neo.ClientError.Request.Invalid";

    private readonly ChunkReader _reader = new(stream);
    private readonly ChunkWriter _writer = new(stream);
    private readonly Lock _gate = new();
    private readonly List<string> _transcript = [];
    private readonly List<BoltMessage> _received = [];
    private readonly TaskCompletionSource _played = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private BoltVersion _version = new(5, 0);
    private int _next;

    public int Number => number;

    /// <summary>Completes when every step has been played, or the connection ended before that.</summary>
    public Task Played => _played.Task;

    public bool Completed => Volatile.Read(ref _next) >= script.Steps.Count;

    /// <summary>"step 4 of 9: C: RUN ..." for the step the player is at.</summary>
    public string Position
    {
        get
        {
            var next = Volatile.Read(ref _next);
            return next < script.Steps.Count
                ? string.Create(CultureInfo.InvariantCulture, $"step {next + 1} of {script.Steps.Count}: {script.Steps[next].Description}")
                : "the end of the script";
        }
    }

    private string StepNumber => string.Create(CultureInfo.InvariantCulture, $"step {Volatile.Read(ref _next) + 1} of {script.Steps.Count}");

    public IReadOnlyList<string> Transcript
    {
        get { lock (_gate) return [.. _transcript]; }
    }

    public IReadOnlyList<BoltMessage> Received
    {
        get { lock (_gate) return [.. _received]; }
    }

    public async Task PlayAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (_next < script.Steps.Count)
            {
                var step = script.Steps[_next];
                switch (step)
                {
                    case HandshakeStep handshake:
                        if (!await HandshakeAsync(handshake, cancellationToken).ConfigureAwait(false)) return;
                        break;
                    case ReplyStep reply:
                        var message = reply.Build(_version);
                        Log("S: " + message);
                        _writer.Write(message.Encode().Span);
                        break;
                    case ExpectStep expect:
                        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                        if (!await ExpectAsync(expect, cancellationToken).ConfigureAwait(false)) return;
                        break;
                    case DropStep:
                        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                        Log("S: <drop the connection>");
                        Interlocked.Increment(ref _next);
                        return;
                }
                Interlocked.Increment(ref _next);
            }
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            _played.TrySetResult();
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server stopped (timeout or disposal): an unfinished script is reported by the server.
        }
        catch (EndOfStreamException)
        {
            if (!Completed) Fail($"the client closed the connection at {Position}");
            else Log("C: <closed the connection>");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException)
        {
            if (!Completed) Fail($"the connection failed at {Position}: {e.Message}");
            else Log($"*: the connection failed after the script ended: {e.Message}");
        }
#pragma warning disable CA1031 // A broken check or reply must end in the report, not in an unobserved task.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Fail($"the double itself failed at {Position}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            _played.TrySetResult();
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> HandshakeAsync(HandshakeStep step, CancellationToken cancellationToken)
    {
        var request = await HandshakeRequest.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        Log($"C: <handshake> {request}");
        if (step.Version is not { } version)
        {
            await AnswerAsync([0, 0, 0, 0], "00 00 00 00 (refused)", cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (step.Manifest)
        {
            if (!request.OffersManifestV1) return await RefuseAsync($"the client did not offer manifest v1 (it offered {request})", cancellationToken).ConfigureAwait(false);
            // Manifest v1 (bolt/handshake): 00 00 01 FF, a varint count, that many version ranges, a varint of capabilities.
            _writer.WriteRaw(HandshakeRequest.Encode(new BoltVersion(0xFF, 1)));
            _writer.WriteRaw(VarInt.Encode(1));
            _writer.WriteRaw(HandshakeRequest.Encode(version));
            _writer.WriteRaw(VarInt.Encode(0));
            Log($"S: <handshake> manifest v1 offering {version}, capabilities 0");
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            var chosen = new byte[4];
            await stream.ReadExactlyAsync(chosen, cancellationToken).ConfigureAwait(false);
            var capabilities = await VarInt.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            var choice = new BoltVersion(chosen[3], chosen[2]);
            Log($"C: <handshake> chose {choice}, capabilities {capabilities}");
            if (choice != version || chosen[0] != 0 || chosen[1] != 0)
            {
                Fail($"the client answered the manifest with {Convert.ToHexString(chosen)}, not {version}");
                return false;
            }
        }
        else
        {
            if (!request.Offers(version)) return await RefuseAsync($"the client offered {request}, not {version}", cancellationToken).ConfigureAwait(false);
            await AnswerAsync(HandshakeRequest.Encode(version), version.ToString(), cancellationToken).ConfigureAwait(false);
        }
        _version = version;
        return true;
    }

    private async Task<bool> RefuseAsync(string reason, CancellationToken cancellationToken)
    {
        Fail($"handshake: {reason}");
        await AnswerAsync([0, 0, 0, 0], "00 00 00 00 (refused)", cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task AnswerAsync(byte[] bytes, string shown, CancellationToken cancellationToken)
    {
        Log($"S: <handshake> {shown}");
        _writer.WriteRaw(bytes);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ExpectAsync(ExpectStep step, CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                Fail($"the client closed the connection at {Position}");
                return false;
            }
            if (message.Signature == step.Signature)
            {
                if (step.Check(message) is not { } reason) return true;
                await MismatchAsync($"{StepNumber}: expected {step.Text}, but the client sent {message} ({reason})", cancellationToken).ConfigureAwait(false);
                return false;
            }
            if (!await AnswerAutomaticallyAsync(message, cancellationToken).ConfigureAwait(false))
            {
                await MismatchAsync($"{StepNumber}: expected {step.Text}, but the client sent {message}", cancellationToken).ConfigureAwait(false);
                return false;
            }
        }
    }

    /// <summary>After the last step only automatic answers are allowed, until the client closes (or the server stops).</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (await ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } message)
        {
            if (!await AnswerAutomaticallyAsync(message, cancellationToken).ConfigureAwait(false))
            {
                await MismatchAsync($"the script had ended, but the client sent {message}", cancellationToken).ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task<BoltMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var bytes = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            Log("C: <closed the connection>");
            return null;
        }
        var message = BoltMessage.Decode(bytes);
        lock (_gate)
        {
            _transcript.Add("C: " + message);
            _received.Add(message);
        }
        return message;
    }

    private async Task<bool> AnswerAutomaticallyAsync(BoltMessage message, CancellationToken cancellationToken)
    {
        if (!script.AnswersAutomatically(message.Signature)) return false;
        var success = new BoltMessage(MessageSignature.Success, [new Dictionary<string, object?>()]);
        Log($"S: {success} (automatic answer to {message.Name})");
        _writer.Write(success.Encode().Span);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Records the mismatch, tells the client in a FAILURE (so its error says what went wrong), and ends the connection.</summary>
    private async Task MismatchAsync(string description, CancellationToken cancellationToken)
    {
        Fail(description);
        var failure = Script.FailureMessage(_version, MismatchCode, $"Graph.BoltServer script mismatch on connection {number}: {description}");
        Log("S: " + failure);
        _writer.Write(failure.Encode().Span);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Fail(string description)
    {
        Log("*: " + description);
        fail(string.Create(CultureInfo.InvariantCulture, $"connection {number}: {description}"));
    }

    private void Log(string line)
    {
        lock (_gate) _transcript.Add(line);
    }
}
