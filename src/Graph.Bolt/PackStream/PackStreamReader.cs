using System.Buffers.Binary;
using System.Text;
using Graph.Bolt.Values;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Reads PackStream values (PackStream, one section per type) from a buffer. Integers come back
/// as <see cref="long"/>, Float as <see cref="double"/>, Bytes as <see cref="byte"/>[], List as
/// <see cref="IReadOnlyList{T}"/> of object, Dictionary as <see cref="IReadOnlyDictionary{TKey, TValue}"/>
/// with string keys, and the structures of the structure-semantics table as the records of
/// <see cref="Values"/> (unknown tags as <see cref="BoltStructure"/>).
/// </summary>
/// <remarks>Malformed input raises <see cref="BoltProtocolException"/>: it came from the peer, not from the caller.</remarks>
public sealed class PackStreamReader
{
    /// <summary>Deeper nesting than this is refused, so that hostile input cannot exhaust the stack.</summary>
    public const int MaxDepth = 512;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlyMemory<byte> _buffer;
    private int _position;
    private int _depth;

    /// <summary>Creates a reader over <paramref name="buffer"/>, from its start.</summary>
    public PackStreamReader(ReadOnlyMemory<byte> buffer) => _buffer = buffer;

    /// <summary>How many bytes have been read.</summary>
    public int Position => _position;

    /// <summary>How many bytes are left.</summary>
    public int Remaining => _buffer.Length - _position;

    /// <summary>The next marker byte, without consuming it.</summary>
    public byte PeekMarker()
    {
        Need(1);
        return _buffer.Span[_position];
    }

    /// <summary>Reads the header of a Structure: its field count and tag (PackStream, Structure).</summary>
    /// <returns>The number of fields that follow.</returns>
    public int ReadStructureHeader(out byte tag)
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != PackStreamMarker.TinyStruct)
        {
            throw new BoltProtocolException($"expected a structure, found marker 0x{marker:X2}");
        }

        tag = ReadByte();
        return marker & 0x0F;
    }

    /// <summary>Reads one value of any type.</summary>
    public object? ReadValue()
    {
        var marker = ReadByte();
        switch (marker)
        {
            case <= PackStreamMarker.PlusTinyIntLast:
                return (long)marker;
            case >= PackStreamMarker.MinusTinyIntFirst:
                return (long)unchecked((sbyte)marker);
            case >= PackStreamMarker.TinyString and < PackStreamMarker.TinyList:
                return ReadUtf8(marker & 0x0F);
            case >= PackStreamMarker.TinyList and < PackStreamMarker.TinyMap:
                return ReadListItems(marker & 0x0F);
            case >= PackStreamMarker.TinyMap and < PackStreamMarker.TinyStruct:
                return ReadMapEntries(marker & 0x0F);
            case >= PackStreamMarker.TinyStruct and < PackStreamMarker.Null:
                return ReadStructure(marker & 0x0F, ReadByte());
            case PackStreamMarker.Null:
                return null;
            case PackStreamMarker.Float64:
                return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case PackStreamMarker.False:
                return false;
            case PackStreamMarker.True:
                return true;
            case PackStreamMarker.Int8:
                return (long)unchecked((sbyte)ReadByte());
            case PackStreamMarker.Int16:
                return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case PackStreamMarker.Int32:
                return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case PackStreamMarker.Int64:
                return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case PackStreamMarker.Bytes8 or PackStreamMarker.Bytes16 or PackStreamMarker.Bytes32:
                return Take(ReadSize(marker - PackStreamMarker.Bytes8)).ToArray();
            case PackStreamMarker.String8 or PackStreamMarker.String16 or PackStreamMarker.String32:
                return ReadUtf8(ReadSize(marker - PackStreamMarker.String8));
            case PackStreamMarker.List8 or PackStreamMarker.List16 or PackStreamMarker.List32:
                return ReadListItems(ReadSize(marker - PackStreamMarker.List8));
            case PackStreamMarker.Map8 or PackStreamMarker.Map16 or PackStreamMarker.Map32:
                return ReadMapEntries(ReadSize(marker - PackStreamMarker.Map8));
            default:
                throw new BoltProtocolException($"unknown PackStream marker 0x{marker:X2} at byte {_position - 1}");
        }
    }

    /// <summary>Reads a Dictionary; anything else is a protocol error.</summary>
    public IReadOnlyDictionary<string, object?> ReadMap() =>
        ReadValue() as IReadOnlyDictionary<string, object?> ?? throw new BoltProtocolException("expected a dictionary");

    /// <summary>Reads a List; anything else is a protocol error.</summary>
    public IReadOnlyList<object?> ReadList() =>
        ReadValue() as IReadOnlyList<object?> ?? throw new BoltProtocolException("expected a list");

    private List<object?> ReadListItems(int count)
    {
        Enter();
        // Each item takes at least one byte: a larger count is a lie, not a reason to allocate.
        Need(count);
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++) list.Add(ReadValue());
        _depth--;
        return list;
    }

    private Dictionary<string, object?> ReadMapEntries(int count)
    {
        Enter();
        Need(count * 2L);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (ReadValue() is not string key)
            {
                throw new BoltProtocolException("a PackStream dictionary key is not a string");
            }

            // Repeated keys: the last value wins (PackStream, Dictionary).
            map[key] = ReadValue();
        }

        _depth--;
        return map;
    }

    private object ReadStructure(int fieldCount, byte tag)
    {
        Enter();
        Need(fieldCount);
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++) fields[i] = ReadValue();
        _depth--;
        return StructureDecoder.Decode(tag, fields);
    }

    private string ReadUtf8(int length)
    {
        var bytes = Take(length);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new BoltProtocolException("a PackStream string is not valid UTF-8", ex);
        }
    }

    // sizeClass 0, 1, 2: an unsigned 8-bit, unsigned 16-bit or 32-bit size follows the marker.
    private int ReadSize(int sizeClass)
    {
        switch (sizeClass)
        {
            case 0:
                return ReadByte();
            case 1:
                return BinaryPrimitives.ReadUInt16BigEndian(Take(2));
            default:
                var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
                if (size > int.MaxValue) throw new BoltProtocolException($"a PackStream size of {size} is beyond what this reader accepts");
                return (int)size;
        }
    }

    private byte ReadByte()
    {
        Need(1);
        return _buffer.Span[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        Need(count);
        var span = _buffer.Span.Slice(_position, count);
        _position += count;
        return span;
    }

    private void Need(long count)
    {
        if (count > Remaining)
        {
            throw new BoltProtocolException($"the PackStream value is truncated: {count} more bytes needed at byte {_position}, {Remaining} left");
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth) throw new BoltProtocolException($"PackStream values nest deeper than {MaxDepth} levels");
    }
}
