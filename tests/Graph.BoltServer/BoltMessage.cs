using System.Globalization;
using System.Text;
using Graph.BoltServer.PackStream;

namespace Graph.BoltServer;

/// <summary>One Bolt message, as received from the client or sent by the double: a signature and its fields.</summary>
public sealed record BoltMessage(MessageSignature Signature, IReadOnlyList<object?> Fields)
{
    /// <summary>The message name in capitals (RUN, SUCCESS), or its signature in hex when Bolt has no such message.</summary>
    public string Name => Enum.IsDefined(Signature)
        ? Signature.ToString().ToUpperInvariant()
        : string.Create(CultureInfo.InvariantCulture, $"0x{(byte)Signature:X2}");

    /// <summary>A field, or <c>null</c> when the message has fewer.</summary>
    public object? Field(int index) => index < Fields.Count ? Fields[index] : null;

    /// <summary>Decodes one message (a PackStream structure whose tag is the signature).</summary>
    internal static BoltMessage Decode(ReadOnlyMemory<byte> bytes)
    {
        var reader = new PackStreamReader(bytes);
        var structure = reader.ReadStructure();
        if (!reader.AtEnd) throw new InvalidDataException($"{bytes.Length}-byte message has bytes after its structure");
        return new BoltMessage((MessageSignature)structure.Tag, structure.Fields);
    }

    internal ReadOnlyMemory<byte> Encode()
    {
        var writer = new PackStreamWriter();
        writer.WriteStructure(new PackStreamStructure((byte)Signature, Fields));
        return writer.WrittenMemory;
    }

    /// <summary>Like the Neo4j stub scripts: <c>RUN "RETURN 1 AS n" {} {db: "neo4j"}</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Name);
        foreach (var field in Fields) text.Append(' ').Append(PackValue.Format(field));
        return text.ToString();
    }
}
