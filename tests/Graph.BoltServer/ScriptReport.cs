using System.Text;

namespace Graph.BoltServer;

/// <summary>What happened on one connection: every line sent and received, and the messages the client sent.</summary>
public sealed record ConnectionReport(int Number, bool Completed, IReadOnlyList<string> Transcript, IReadOnlyList<BoltMessage> Received);

/// <summary>
/// The outcome of a <see cref="ScriptedBoltServer"/>'s scripts: empty <see cref="Errors"/> means every scripted
/// connection came and played to its end, with no unexpected message.
/// </summary>
public sealed record ScriptReport(IReadOnlyList<string> Errors, IReadOnlyList<ConnectionReport> Connections)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The errors, then each connection's transcript (C: client, S: server, *: the double's remarks).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Succeeded ? "script played in full" : "script failed:");
        foreach (var error in Errors) text.Append("  ").AppendLine(error);
        foreach (var connection in Connections)
        {
            text.Append("connection ").Append(connection.Number).AppendLine(":");
            foreach (var line in connection.Transcript) text.Append("  ").AppendLine(line);
        }
        return text.ToString();
    }
}
