using Graph.BoltServer.Wire;

namespace Graph.BoltServer.Scripting;

/// <summary>One line of a connection's script.</summary>
internal abstract record ScriptStep(string Description);

/// <summary>Answer the client's handshake with <see cref="Version"/> (classic or manifest v1), or refuse it when null.</summary>
internal sealed record HandshakeStep(BoltVersion? Version, bool Manifest)
    : ScriptStep(Version is null ? "refuse the handshake (00 00 00 00)" : $"handshake {Version}{(Manifest ? " (manifest v1)" : "")}");

/// <summary>The next message must have <see cref="Signature"/> and pass <see cref="Check"/> (null, or why it does not match).</summary>
internal sealed record ExpectStep(MessageSignature Signature, string Text, Func<BoltMessage, string?> Check) : ScriptStep("C: " + Text);

/// <summary>Send a message; built once the Bolt version is known, since FAILURE changed shape in 5.7.</summary>
internal sealed record ReplyStep(string Text, Func<BoltVersion, BoltMessage> Build) : ScriptStep("S: " + Text);

/// <summary>Close the connection now, without a word: for robustness tests of clients.</summary>
internal sealed record DropStep() : ScriptStep("S: <drop the connection>");
