using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Graph.BoltServer.PackStream;

/// <summary>
/// Encodes PackStream values (neo4j.com/docs/bolt/current/packstream/) into a growable buffer,
/// always in the smallest form the spec allows. Values are first normalised by <see cref="PackValue.From"/>.
/// </summary>
internal sealed class PackStreamWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    public void Write(object? value)
    {
        switch (PackValue.From(value))
        {
            case null: WriteByte(PackStreamMarker.Null); break;
            case bool b: WriteByte(b ? PackStreamMarker.True : PackStreamMarker.False); break;
            case long l: WriteInteger(l); break;
            case double d:
                WriteByte(PackStreamMarker.Float64);
                BinaryPrimitives.WriteDoubleBigEndian(_buffer.GetSpan(8), d);
                _buffer.Advance(8);
                break;
            case string s: WriteString(s); break;
            case byte[] bytes:
                WriteSize(bytes.Length, tiny: null, PackStreamMarker.Bytes8, PackStreamMarker.Bytes16, PackStreamMarker.Bytes32);
                _buffer.Write(bytes);
                break;
            case IReadOnlyList<object?> list:
                WriteSize(list.Count, PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16, PackStreamMarker.List32);
                foreach (var item in list) Write(item);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                WriteSize(dictionary.Count, PackStreamMarker.TinyDictionary, PackStreamMarker.Dictionary8, PackStreamMarker.Dictionary16, PackStreamMarker.Dictionary32);
                foreach (var (key, item) in dictionary)
                {
                    WriteString(key);
                    Write(item);
                }
                break;
            case PackStreamStructure structure: WriteStructure(structure); break;
            default: throw new InvalidOperationException($"PackValue.From returned an unexpected {value!.GetType()}");
        }
    }

    public void WriteStructure(PackStreamStructure structure)
    {
        // Structures have at most 15 fields (packstream: "Structure").
        if (structure.Fields.Count > 15) throw new ArgumentException($"a structure holds at most 15 fields, not {structure.Fields.Count}", nameof(structure));
        WriteByte((byte)(PackStreamMarker.TinyStructure | structure.Fields.Count));
        WriteByte(structure.Tag);
        foreach (var field in structure.Fields) Write(field);
    }

    private void WriteInteger(long value)
    {
        if (value is >= PackStreamMarker.TinyIntMin and <= PackStreamMarker.TinyIntMax)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            WriteByte(PackStreamMarker.Int8);
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            WriteByte(PackStreamMarker.Int16);
            BinaryPrimitives.WriteInt16BigEndian(_buffer.GetSpan(2), (short)value);
            _buffer.Advance(2);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            WriteByte(PackStreamMarker.Int32);
            BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), (int)value);
            _buffer.Advance(4);
        }
        else
        {
            WriteByte(PackStreamMarker.Int64);
            BinaryPrimitives.WriteInt64BigEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }
    }

    private void WriteString(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteSize(bytes.Length, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32);
        _buffer.Write(bytes);
    }

    /// <summary>The marker and size of a string, bytes, list or dictionary: tiny form when there is one and the size is under 16.</summary>
    private void WriteSize(int size, byte? tiny, byte marker8, byte marker16, byte marker32)
    {
        if (tiny is { } t && size < 16)
        {
            WriteByte((byte)(t | size));
        }
        else if (size <= byte.MaxValue)
        {
            WriteByte(marker8);
            WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteByte(marker16);
            BinaryPrimitives.WriteUInt16BigEndian(_buffer.GetSpan(2), (ushort)size);
            _buffer.Advance(2);
        }
        else
        {
            WriteByte(marker32);
            BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), size);
            _buffer.Advance(4);
        }
    }

    private void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }
}
