using System.Globalization;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>The shared body of PULL and DISCARD: <c>{n, qid}</c> (Bolt message spec, PULL/DISCARD).</summary>
internal static class StreamRequest
{
    public static void Validate(long count)
    {
        if (count == 0 || count < -1) throw new ArgumentOutOfRangeException(nameof(count), count, "n is positive, or -1 for all");
    }

    public static void Write(PackStreamWriter writer, MessageSignature signature, long count, long queryId)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(1, (byte)signature);
        writer.WriteMapHeader(queryId == -1 ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(count);
        if (queryId == -1) return;
        writer.WriteString("qid");
        writer.WriteInteger(queryId);
    }

    public static string Describe(string name, long count, long queryId) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} {{n: {count}{(queryId == -1 ? string.Empty : $", qid: {queryId}")}}}");
}
