using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Text;
using Graph.Bolt.Values;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Writes PackStream values (PackStream, one section per type) into a buffer, big-endian, always
/// choosing the smallest representation. .NET values map as follows: integers to Integer,
/// <see cref="float"/>/<see cref="double"/> to Float, <see cref="string"/>, <see cref="byte"/>[],
/// dictionaries with string keys to Dictionary, other sequences to List, <see cref="DateOnly"/> to
/// Date, <see cref="TimeOnly"/> to LocalTime, <see cref="DateTimeOffset"/> (and UTC or local
/// <see cref="DateTime"/>) to DateTime, an unspecified <see cref="DateTime"/> to LocalDateTime,
/// <see cref="TimeSpan"/> to Duration, and the records of <see cref="Values"/> to their structures.
/// </summary>
public sealed class PackStreamWriter
{
    /// <summary>Deeper nesting than this is refused: it is almost surely a cycle.</summary>
    public const int MaxDepth = 256;

    private const int TinyLimit = 16;

    // Lone surrogates are not Unicode text: refuse them rather than send U+FFFD (PackStream, String: UTF-8).
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IBufferWriter<byte> _output;
    private int _depth;

    /// <summary>Creates a writer that appends to <paramref name="output"/>.</summary>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="options">Version-dependent choices; Bolt 5 when null.</param>
    public PackStreamWriter(IBufferWriter<byte> output, PackStreamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        Options = options ?? PackStreamOptions.Bolt5;
    }

    /// <summary>The version-dependent choices this writer follows.</summary>
    public PackStreamOptions Options { get; }

    /// <summary>Writes Null (<c>C0</c>).</summary>
    public void WriteNull() => WriteByte(PackStreamMarker.Null);

    /// <summary>Writes Boolean (<c>C2</c> false, <c>C3</c> true).</summary>
    public void WriteBoolean(bool value) => WriteByte(value ? PackStreamMarker.True : PackStreamMarker.False);

    /// <summary>Writes Integer in the smallest form: TINY_INT (-16 to 127), INT_8, INT_16, INT_32 or INT_64.</summary>
    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = PackStreamMarker.Int8;
            span[1] = unchecked((byte)(sbyte)value);
            _output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = PackStreamMarker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            _output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = _output.GetSpan(5);
            span[0] = PackStreamMarker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            _output.Advance(5);
        }
        else
        {
            var span = _output.GetSpan(9);
            span[0] = PackStreamMarker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            _output.Advance(9);
        }
    }

    /// <summary>Writes Float: <c>C1</c> and an IEEE 754 double, big-endian.</summary>
    public void WriteFloat(double value)
    {
        var span = _output.GetSpan(9);
        span[0] = PackStreamMarker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _output.Advance(9);
    }

    /// <summary>Writes Bytes: BYTES_8, BYTES_16 or BYTES_32 by length, then the bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteSizedHeader(value.Length, tinyMarker: null, PackStreamMarker.Bytes8, PackStreamMarker.Bytes16, PackStreamMarker.Bytes32);
        WriteRaw(value);
    }

    /// <summary>Writes String: UTF-8 with TINY_STRING, STRING_8, STRING_16 or STRING_32 by byte length.</summary>
    /// <exception cref="ArgumentException">The string holds a lone surrogate, which is not text.</exception>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int length;
        try
        {
            length = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("a string with a lone surrogate is not valid Unicode text and cannot be sent", nameof(value), ex);
        }

        WriteSizedHeader(length, PackStreamMarker.TinyString, PackStreamMarker.String8, PackStreamMarker.String16, PackStreamMarker.String32);
        if (length == 0) return;
        var span = _output.GetSpan(length);
        StrictUtf8.GetBytes(value, span);
        _output.Advance(length);
    }

    /// <summary>Writes the header of a List of <paramref name="count"/> items; the items follow.</summary>
    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarker.TinyList, PackStreamMarker.List8, PackStreamMarker.List16, PackStreamMarker.List32);

    /// <summary>Writes the header of a Dictionary of <paramref name="count"/> entries; key-value pairs follow.</summary>
    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarker.TinyMap, PackStreamMarker.Map8, PackStreamMarker.Map16, PackStreamMarker.Map32);

    /// <summary>Writes the header of a Structure: <c>B0</c> plus the field count (0 to 15), then the tag; the fields follow.</summary>
    public void WriteStructureHeader(int fieldCount, byte tag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fieldCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fieldCount, 15);
        var span = _output.GetSpan(2);
        span[0] = (byte)(PackStreamMarker.TinyStruct | fieldCount);
        span[1] = tag;
        _output.Advance(2);
    }

    /// <summary>Writes a Dictionary with string keys.</summary>
    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        Enter();
        WriteMapHeader(map.Count);
        foreach (var (key, value) in map)
        {
            WriteString(key);
            WriteValue(value);
        }

        Exit();
    }

    /// <summary>Writes a List.</summary>
    public void WriteList(IReadOnlyList<object?> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        Enter();
        WriteListHeader(list.Count);
        foreach (var item in list) WriteValue(item);
        Exit();
    }

    /// <summary>Writes any supported value (see the class summary).</summary>
    /// <exception cref="ArgumentException">The value has a type PackStream cannot carry, or nests too deep.</exception>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case short s: WriteInteger(s); break;
            case sbyte sb: WriteInteger(sb); break;
            case byte by: WriteInteger(by); break;
            case ushort us: WriteInteger(us); break;
            case uint ui: WriteInteger(ui); break;
            case ulong ul when ul <= long.MaxValue: WriteInteger((long)ul); break;
            case ulong ul: throw new ArgumentException($"the integer {ul} does not fit PackStream's signed 64 bits", nameof(value));
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case string str: WriteString(str); break;
            case char c: WriteString(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> rom: WriteBytes(rom.Span); break;
            case Memory<byte> mem: WriteBytes(mem.Span); break;
            case DateOnly date: WriteValue(BoltDate.FromDateOnly(date)); break;
            case TimeOnly time: WriteValue(BoltLocalTime.FromTimeOnly(time)); break;
            case DateTimeOffset dto: WriteValue(BoltDateTime.FromDateTimeOffset(dto)); break;
            case DateTime { Kind: DateTimeKind.Unspecified } dt: WriteValue(BoltLocalDateTime.FromDateTime(dt)); break;
            case DateTime dt: WriteValue(BoltDateTime.FromDateTimeOffset(new DateTimeOffset(dt))); break;
            case TimeSpan span: WriteValue(BoltDuration.FromTimeSpan(span)); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary dictionary: WriteDictionary(dictionary); break;
            case IReadOnlyList<object?> list: WriteList(list); break;
            case IEnumerable sequence: WriteSequence(sequence); break;
            default:
                if (!StructureEncoder.TryWrite(this, value))
                {
                    throw new ArgumentException($"a value of type {value.GetType()} cannot be sent over Bolt", nameof(value));
                }

                break;
        }
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        Enter();
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new ArgumentException($"PackStream dictionary keys are strings, not {entry.Key.GetType()}", nameof(dictionary));
            }

            WriteString(key);
            WriteValue(entry.Value);
        }

        Exit();
    }

    private void WriteSequence(IEnumerable sequence)
    {
        if (sequence is not ICollection collection)
        {
            // The count comes first on the wire, so a lazy sequence is materialised once.
            var items = new List<object?>();
            foreach (var item in sequence) items.Add(item);
            WriteList(items);
            return;
        }

        Enter();
        WriteListHeader(collection.Count);
        var written = 0;
        foreach (var item in collection)
        {
            WriteValue(item);
            written++;
        }

        if (written != collection.Count)
        {
            throw new ArgumentException("the collection changed while it was written", nameof(sequence));
        }

        Exit();
    }

    private void WriteSizedHeader(int size, byte? tinyMarker, byte marker8, byte marker16, byte marker32)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (tinyMarker is { } tiny && size < TinyLimit)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            _output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            _output.Advance(3);
        }
        else
        {
            var span = _output.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            _output.Advance(5);
        }
    }

    private void WriteByte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        bytes.CopyTo(_output.GetSpan(bytes.Length));
        _output.Advance(bytes.Length);
    }

    /// <summary>One level deeper; refuses nesting beyond <see cref="MaxDepth"/>.</summary>
    internal void Enter()
    {
        if (++_depth > MaxDepth)
        {
            _depth = 0;
            throw new ArgumentException($"values nest deeper than {MaxDepth} levels; is there a cycle?");
        }
    }

    /// <summary>One level back up.</summary>
    internal void Exit() => _depth--;
}
