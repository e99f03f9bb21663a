using System.Text;
using Graph.BoltServer.PackStream;
using Graph.BoltServer.Wire;
using Graph.BoltServer.Scripting;
using static Graph.BoltServer.Scripting.Expectations;

namespace Graph.BoltServer;

/// <summary>
/// What one client connection must send and what the double answers, in order:
/// <code>
/// Script.Handshake("5.4")
///     .ExpectHello().Success(new { server = "Neo4j/5.20.0", connection_id = "bolt-1" })
///     .ExpectLogon(new { scheme = "basic", principal = "neo4j", credentials = "secret" }).Success()
///     .ExpectRun("RETURN 1 AS n").SuccessFields("n")
///     .ExpectPull().Record(1).SuccessSummary()
///     .ExpectGoodbye();
/// </code>
/// A message that does not match the next Expect step fails the script: the double records why, answers
/// FAILURE <c>Neo.ClientError.Request.Invalid</c> with the same description, and closes the connection.
/// Replies written in a row are sent together, before the double waits for the next message, so pipelined
/// requests (HELLO+LOGON, RUN+PULL) are answered as a server would. TELEMETRY is answered SUCCESS
/// automatically wherever it comes, unless <see cref="Strict"/> is called or the next step expects it.
/// Expect arguments left null match anything; dictionaries given for <c>extra</c>, HELLO or LOGON need only
/// be contained in what the client sent; query parameters must match exactly (Integer 1 is not Float 1.0).
/// </summary>
public sealed class Script
{
    private readonly List<ScriptStep> _steps = [];
    private readonly HashSet<MessageSignature> _automatic = [MessageSignature.Telemetry];

    private Script(ScriptStep first) => _steps.Add(first);

    internal IReadOnlyList<ScriptStep> Steps => _steps;

    internal bool AnswersAutomatically(MessageSignature signature) => _automatic.Contains(signature);

    /// <summary>
    /// Answers the handshake with <paramref name="version"/>: the classic way (4 bytes) when the client offers it
    /// in a version slot, or with the manifest v1 negotiation (bolt/handshake) when <paramref name="manifest"/> is set.
    /// A client that does not offer the version fails the script.
    /// </summary>
    public static Script Handshake(string version = "5.4", bool manifest = false) => new(new HandshakeStep(BoltVersion.Parse(version), manifest));

    /// <summary>Answers the handshake with <c>00 00 00 00</c>: no common version.</summary>
    public static Script RefuseHandshake() => new(new HandshakeStep(null, Manifest: false));

    /// <summary>Closes the connection as soon as it is accepted, before the handshake.</summary>
    public static Script DropOnConnect() => new(new DropStep());

    /// <summary>HELLO; <paramref name="extra"/>, if given, must be contained in its dictionary (user_agent, routing, ...).</summary>
    public Script ExpectHello(object? extra = null) =>
        Expect(MessageSignature.Hello, $"HELLO {Partial(extra)}", m => First(Arity(m, 1), Contains(m, 0, "extra", extra)));

    /// <summary>LOGON (5.1+); <paramref name="auth"/>, if given, must be contained in its token (scheme, principal, credentials).</summary>
    public Script ExpectLogon(object? auth = null) =>
        Expect(MessageSignature.Logon, $"LOGON {Partial(auth)}", m => First(Arity(m, 1), Contains(m, 0, "auth", auth)));

    /// <summary>LOGOFF (5.1+).</summary>
    public Script ExpectLogoff() => Expect(MessageSignature.Logoff, "LOGOFF", m => Arity(m, 0));

    /// <summary>RUN of exactly <paramref name="query"/>; <paramref name="parameters"/> exactly, <paramref name="extra"/> contained, when given.</summary>
    public Script ExpectRun(string query, object? parameters = null, object? extra = null) =>
        Expect(MessageSignature.Run, $"RUN {PackValue.Format(query)} {Exact(parameters)} {Partial(extra)}", m => First(
            Arity(m, 3),
            EqualTo(m, 0, "query", query),
            EqualTo(m, 1, "parameters", parameters),
            Contains(m, 2, "extra", extra)));

    /// <summary>PULL; <paramref name="n"/> and <paramref name="qid"/> checked when given.</summary>
    public Script ExpectPull(long? n = null, long? qid = null) => ExpectStream(MessageSignature.Pull, n, qid);

    /// <summary>DISCARD; <paramref name="n"/> and <paramref name="qid"/> checked when given.</summary>
    public Script ExpectDiscard(long? n = null, long? qid = null) => ExpectStream(MessageSignature.Discard, n, qid);

    /// <summary>
    /// BEGIN; when given, <c>extra.bookmarks</c> must be exactly <paramref name="bookmarks"/> (an empty list also
    /// matches none sent), <c>extra.db</c> must be <paramref name="db"/>, and <paramref name="extra"/> must be contained.
    /// </summary>
    public Script ExpectBegin(IEnumerable<string>? bookmarks = null, string? db = null, object? extra = null)
    {
        var expectedBookmarks = bookmarks?.ToArray();
        var shown = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        if (expectedBookmarks is not null) shown["bookmarks"] = expectedBookmarks;
        if (db is not null) shown["db"] = db;
        if (PackValue.From(extra) is IReadOnlyDictionary<string, object?> more)
        {
            foreach (var (key, value) in more) shown[key] = value;
        }
        var description = shown.Count == 0 ? "BEGIN *" : $"BEGIN {Partial(shown)}";
        return Expect(MessageSignature.Begin, description, m => First(
            Arity(m, 1),
            Bookmarks(m, 0, "extra", expectedBookmarks),
            db is null ? null : Contains(m, 0, "extra", new { db }),
            Contains(m, 0, "extra", extra)));
    }

    /// <summary>COMMIT.</summary>
    public Script ExpectCommit() => Expect(MessageSignature.Commit, "COMMIT", m => Arity(m, 0));

    /// <summary>ROLLBACK.</summary>
    public Script ExpectRollback() => Expect(MessageSignature.Rollback, "ROLLBACK", m => Arity(m, 0));

    /// <summary>RESET.</summary>
    public Script ExpectReset() => Expect(MessageSignature.Reset, "RESET", m => Arity(m, 0));

    /// <summary>GOODBYE: the client's last word before it closes.</summary>
    public Script ExpectGoodbye() => Expect(MessageSignature.Goodbye, "GOODBYE", m => Arity(m, 0));

    /// <summary>
    /// ROUTE (4.3+): <c>routing</c> context contained, <c>bookmarks</c> exact, and the database
    /// (<c>extra.db</c> from 4.4, a plain string in 4.3) checked when given.
    /// </summary>
    public Script ExpectRoute(object? routing = null, IEnumerable<string>? bookmarks = null, string? db = null)
    {
        var expectedBookmarks = bookmarks?.ToArray();
        return Expect(MessageSignature.Route, $"ROUTE {Partial(routing)} {Exact(expectedBookmarks)} {(db is null ? "*" : $"{{db: {PackValue.Format(db)}, ...}}")}", m => First(
            Arity(m, 3),
            Contains(m, 0, "routing", routing),
            EqualTo(m, 1, "bookmarks", expectedBookmarks),
            db is null ? null
                : m.Field(2) is IReadOnlyDictionary<string, object?> ? Contains(m, 2, "extra", new { db })
                : EqualTo(m, 2, "db", db)));
    }

    /// <summary>TELEMETRY (5.4+), with <paramref name="api"/> checked when given. Matching it here turns off its automatic answer at this point.</summary>
    public Script ExpectTelemetry(long? api = null) =>
        Expect(MessageSignature.Telemetry, api is null ? "TELEMETRY *" : $"TELEMETRY {api}", m => First(Arity(m, 1), EqualTo(m, 0, "api", api)));

    /// <summary>Any message with <paramref name="signature"/>; <paramref name="check"/> gives null, or why the message does not match.</summary>
    public Script Expect(MessageSignature signature, string description, Func<BoltMessage, string?>? check = null)
    {
        _steps.Add(new ExpectStep(signature, description, check ?? (_ => null)));
        return this;
    }

    /// <summary>SUCCESS with <paramref name="metadata"/> (an anonymous object or dictionary; none: <c>{}</c>).</summary>
    public Script Success(object? metadata = null)
    {
        var fields = new object?[] { PackValue.From(metadata ?? new Dictionary<string, object?>()) };
        if (fields[0] is not IReadOnlyDictionary<string, object?>) throw new ArgumentException("SUCCESS metadata is a dictionary or an anonymous object", nameof(metadata));
        return Reply(new BoltMessage(MessageSignature.Success, fields));
    }

    /// <summary>The SUCCESS that answers RUN: the result's <c>fields</c> (and <c>t_first</c>, as servers send).</summary>
    public Script SuccessFields(params string[] fields) => Success(new { fields, t_first = 1L });

    /// <summary>The SUCCESS that ends a result (after PULL): <c>type</c>, <c>db</c>, and the <c>bookmark</c> of an auto-commit query when given.</summary>
    public Script SuccessSummary(string? bookmark = null, string type = "r", string db = "neo4j")
    {
        var metadata = new Dictionary<string, object?> { ["type"] = type, ["t_last"] = 1L, ["db"] = db };
        if (bookmark is not null) metadata["bookmark"] = bookmark;
        return Success(metadata);
    }

    /// <summary>The SUCCESS that answers ROUTE: a routing table <c>{rt: {ttl, db, servers}}</c> of "host:port" addresses.</summary>
    public Script SuccessRoutingTable(IEnumerable<string> routers, IEnumerable<string> writers, IEnumerable<string> readers, long ttl = 300, string db = "neo4j")
    {
        var servers = new List<object?>();
        foreach (var (role, addresses) in new[] { ("ROUTE", routers), ("WRITE", writers), ("READ", readers) })
        {
            var list = addresses.ToArray();
            if (list.Length > 0) servers.Add(new { addresses = list, role });
        }
        return Success(new { rt = new { ttl, db, servers } });
    }

    /// <summary>RECORD with these values (one per field of the result).</summary>
    public Script Record(params object?[] values) => Reply(new BoltMessage(MessageSignature.Record, [PackValue.From(values)]));

    /// <summary>FAILURE with a Neo4j status code; from Bolt 5.7 in the GQL shape (<c>neo4j_code</c>, <c>gql_status</c>).</summary>
    public Script Failure(string code, string message)
    {
        _steps.Add(new ReplyStep($"FAILURE {{code: {PackValue.Format(code)}, message: {PackValue.Format(message)}}}", version => FailureMessage(version, code, message)));
        return this;
    }

    /// <summary>IGNORED: the answer to every request after a FAILURE, until RESET.</summary>
    public Script Ignored() => Reply(new BoltMessage(MessageSignature.Ignored, []));

    /// <summary>Any reply.</summary>
    public Script Reply(BoltMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _steps.Add(new ReplyStep(message.ToString(), _ => message));
        return this;
    }

    /// <summary>Closes the connection at this point (replies before it are sent first).</summary>
    public Script Drop()
    {
        _steps.Add(new DropStep());
        return this;
    }

    /// <summary>Answers <paramref name="signature"/> with SUCCESS {} wherever the client sends it and the script does not expect it.</summary>
    public Script AutoSuccess(MessageSignature signature)
    {
        _automatic.Add(signature);
        return this;
    }

    /// <summary>No automatic answers: every message, TELEMETRY included, must be in the script.</summary>
    public Script Strict()
    {
        _automatic.Clear();
        return this;
    }

    /// <summary>The steps, one a line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _steps.Count; i++) text.Append(i + 1).Append(". ").AppendLine(_steps[i].Description);
        return text.ToString();
    }

    /// <summary>FAILURE metadata as the negotiated version shapes it (appendix/version-5: 5.7 moved to GQL errors).</summary>
    internal static BoltMessage FailureMessage(BoltVersion version, string code, string message)
    {
        object metadata = version >= BoltVersion.GqlErrors
            ? new
            {
                neo4j_code = code,
                message,
                gql_status = "50N42",
                description = "error: general processing exception - unexpected error. " + message,
            }
            : new { code, message };
        return new BoltMessage(MessageSignature.Failure, [PackValue.From(metadata)]);
    }

    private Script ExpectStream(MessageSignature signature, long? n, long? qid)
    {
        var expected = new Dictionary<string, object?>();
        if (n is not null) expected["n"] = n;
        if (qid is not null) expected["qid"] = qid;
        var name = signature == MessageSignature.Pull ? "PULL" : "DISCARD";
        return Expect(signature, $"{name} {(expected.Count == 0 ? "*" : Partial(expected))}", m => First(Arity(m, 1), Contains(m, 0, "extra", expected)));
    }
}
