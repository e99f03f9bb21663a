using System.Buffers.Binary;
using System.Text;

namespace Graph.BoltServer.PackStream;

/// <summary>
/// Decodes PackStream values from one complete message (neo4j.com/docs/bolt/current/packstream/).
/// Integers come back as <see cref="long"/>, floats as <see cref="double"/>, lists as
/// <see cref="List{T}"/>, dictionaries as <see cref="OrderedDictionary{TKey, TValue}"/> (key order kept
/// for readable transcripts) and structures as <see cref="PackStreamStructure"/>.
/// </summary>
internal sealed class PackStreamReader(ReadOnlyMemory<byte> data)
{
    private int _position;

    public bool AtEnd => _position >= data.Length;

    public object? Read()
    {
        var at = _position;
        var marker = ReadByte();
        switch (marker)
        {
            case PackStreamMarker.Null: return null;
            case PackStreamMarker.False: return false;
            case PackStreamMarker.True: return true;
            case PackStreamMarker.Float64: return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case PackStreamMarker.Int8: return (long)unchecked((sbyte)ReadByte());
            case PackStreamMarker.Int16: return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case PackStreamMarker.Int32: return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case PackStreamMarker.Int64: return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case PackStreamMarker.Bytes8: return Take(ReadByte()).ToArray();
            case PackStreamMarker.Bytes16: return Take(ReadUInt16()).ToArray();
            case PackStreamMarker.Bytes32: return Take(ReadSize32(at)).ToArray();
            case PackStreamMarker.String8: return ReadString(ReadByte());
            case PackStreamMarker.String16: return ReadString(ReadUInt16());
            case PackStreamMarker.String32: return ReadString(ReadSize32(at));
            case PackStreamMarker.List8: return ReadList(ReadByte());
            case PackStreamMarker.List16: return ReadList(ReadUInt16());
            case PackStreamMarker.List32: return ReadList(ReadSize32(at));
            case PackStreamMarker.Dictionary8: return ReadDictionary(ReadByte());
            case PackStreamMarker.Dictionary16: return ReadDictionary(ReadUInt16());
            case PackStreamMarker.Dictionary32: return ReadDictionary(ReadSize32(at));
        }
        // TINY_INT: 0x00-0x7F and 0xF0-0xFF are the value itself.
        if (marker <= 0x7F || marker >= 0xF0) return (long)unchecked((sbyte)marker);
        var size = marker & 0x0F;
        return (marker & 0xF0) switch
        {
            PackStreamMarker.TinyString => ReadString(size),
            PackStreamMarker.TinyList => ReadList(size),
            PackStreamMarker.TinyDictionary => ReadDictionary(size),
            PackStreamMarker.TinyStructure => ReadStructureBody(size),
            _ => throw new InvalidDataException($"PackStream: unknown marker 0x{marker:X2} at offset {at}"),
        };
    }

    /// <summary>Reads a structure header and body: a message is one structure whose tag is its signature.</summary>
    public PackStreamStructure ReadStructure()
    {
        var at = _position;
        var marker = ReadByte();
        if ((marker & 0xF0) != PackStreamMarker.TinyStructure)
        {
            throw new InvalidDataException($"PackStream: expected a structure marker (0xB0-0xBF) at offset {at}, found 0x{marker:X2}");
        }
        return ReadStructureBody(marker & 0x0F);
    }

    private PackStreamStructure ReadStructureBody(int size)
    {
        var tag = ReadByte();
        var fields = new object?[size];
        for (var i = 0; i < size; i++) fields[i] = Read();
        return new PackStreamStructure(tag, fields);
    }

    private List<object?> ReadList(int size)
    {
        var list = new List<object?>(Math.Min(size, 1024));
        for (var i = 0; i < size; i++) list.Add(Read());
        return list;
    }

    private OrderedDictionary<string, object?> ReadDictionary(int size)
    {
        var dictionary = new OrderedDictionary<string, object?>(Math.Min(size, 1024), StringComparer.Ordinal);
        for (var i = 0; i < size; i++)
        {
            var at = _position;
            if (Read() is not string key) throw new InvalidDataException($"PackStream: a dictionary key at offset {at} is not a string");
            dictionary[key] = Read();
        }
        return dictionary;
    }

    private string ReadString(int size) => Encoding.UTF8.GetString(Take(size));

    private int ReadSize32(int at)
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        if (size < 0) throw new InvalidDataException($"PackStream: the size at offset {at} is over 2 GiB");
        return size;
    }

    private ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    private byte ReadByte() => Take(1)[0];

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > data.Length - _position)
        {
            throw new InvalidDataException($"PackStream: the message ends at offset {data.Length}, {count} more bytes were needed at offset {_position}");
        }
        var span = data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
