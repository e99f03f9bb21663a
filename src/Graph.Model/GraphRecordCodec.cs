using System.Globalization;

namespace Graph.Model;

/// <summary>
/// A compact binary form of nodes and relationships, for spooling document-scoped facts to disk so that
/// memory grows with the number of distinct entities, not with the corpus.
/// </summary>
internal static class GraphRecordCodec
{
    private const byte NodeTag = 1, RelationshipTag = 2;
    private const byte StringType = 1, LongType = 2, DoubleType = 3, BoolType = 4, DateType = 5, ListType = 6;

    public static void Write(BinaryWriter w, GraphNode node)
    {
        w.Write(NodeTag);
        w.Write(node.Id);
        w.Write((byte)node.Label);
        WriteProperties(w, node.Properties);
    }

    public static void Write(BinaryWriter w, GraphRelationship rel)
    {
        w.Write(RelationshipTag);
        w.Write(rel.Id);
        w.Write((byte)rel.Type);
        w.Write(rel.Start.Id);
        w.Write((byte)rel.Start.Label);
        w.Write(rel.End.Id);
        w.Write((byte)rel.End.Label);
        WriteProperties(w, rel.Properties);
    }

    public static GraphNode ReadNode(BinaryReader r)
    {
        Expect(r, NodeTag);
        var id = r.ReadString();
        var label = (NodeLabel)r.ReadByte();
        return new GraphNode(id, label, ReadProperties(r));
    }

    public static GraphRelationship ReadRelationship(BinaryReader r)
    {
        Expect(r, RelationshipTag);
        var id = r.ReadString();
        var type = (RelationshipType)r.ReadByte();
        var start = new NodeRef(r.ReadString(), (NodeLabel)r.ReadByte());
        var end = new NodeRef(r.ReadString(), (NodeLabel)r.ReadByte());
        return new GraphRelationship(id, type, start, end, ReadProperties(r));
    }

    private static void Expect(BinaryReader r, byte tag)
    {
        var got = r.ReadByte();
        if (got != tag) throw new InvalidDataException($"spool is corrupt: expected record tag {tag}, found {got}");
    }

    private static void WriteProperties(BinaryWriter w, IReadOnlyDictionary<string, object> properties)
    {
        w.Write(properties.Count);
        foreach (var (key, value) in properties)
        {
            w.Write(key);
            switch (value)
            {
                case string s: w.Write(StringType); w.Write(s); break;
                case long l: w.Write(LongType); w.Write(l); break;
                case double d: w.Write(DoubleType); w.Write(d); break;
                case bool b: w.Write(BoolType); w.Write(b); break;
                case DateOnly date: w.Write(DateType); w.Write(date.DayNumber); break;
                case IReadOnlyList<string> list:
                    w.Write(ListType);
                    w.Write(list.Count);
                    foreach (var item in list) w.Write(item);
                    break;
                default:
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"unsupported property type {value.GetType()}"));
            }
        }
    }

    private static List<KeyValuePair<string, object>> ReadProperties(BinaryReader r)
    {
        var count = r.ReadInt32();
        var result = new List<KeyValuePair<string, object>>(count);
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            object value = r.ReadByte() switch
            {
                StringType => r.ReadString(),
                LongType => r.ReadInt64(),
                DoubleType => r.ReadDouble(),
                BoolType => r.ReadBoolean(),
                DateType => DateOnly.FromDayNumber(r.ReadInt32()),
                ListType => ReadList(r),
                var t => throw new InvalidDataException($"spool is corrupt: unknown value type {t}"),
            };
            result.Add(new(key, value));
        }
        return result;
    }

    private static string[] ReadList(BinaryReader r)
    {
        var items = new string[r.ReadInt32()];
        for (var i = 0; i < items.Length; i++) items[i] = r.ReadString();
        return items;
    }
}
