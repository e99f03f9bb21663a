namespace Graph.Bolt.PackStream;

/// <summary>
/// Marker bytes (PackStream, "General representation" and one section per type). A tiny marker
/// carries the size, or the value itself, in its low nibble.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "the marker names of the PackStream specification (INT_8, FLOAT_64, ...)")]
public static class PackStreamMarker
{
    /// <summary>TINY_STRING: <c>80</c> plus the byte length 0 to 15.</summary>
    public const byte TinyString = 0x80;

    /// <summary>TINY_LIST: <c>90</c> plus the item count 0 to 15.</summary>
    public const byte TinyList = 0x90;

    /// <summary>TINY_MAP (TINY_DICT): <c>A0</c> plus the entry count 0 to 15.</summary>
    public const byte TinyMap = 0xA0;

    /// <summary>TINY_STRUCT: <c>B0</c> plus the field count 0 to 15, then the tag byte.</summary>
    public const byte TinyStruct = 0xB0;

    /// <summary>Null.</summary>
    public const byte Null = 0xC0;

    /// <summary>FLOAT_64: an IEEE 754 double, big-endian.</summary>
    public const byte Float64 = 0xC1;

    /// <summary>Boolean false.</summary>
    public const byte False = 0xC2;

    /// <summary>Boolean true.</summary>
    public const byte True = 0xC3;

    /// <summary>INT_8: a signed byte follows.</summary>
    public const byte Int8 = 0xC8;

    /// <summary>INT_16: a big-endian signed 16-bit integer follows.</summary>
    public const byte Int16 = 0xC9;

    /// <summary>INT_32: a big-endian signed 32-bit integer follows.</summary>
    public const byte Int32 = 0xCA;

    /// <summary>INT_64: a big-endian signed 64-bit integer follows.</summary>
    public const byte Int64 = 0xCB;

    /// <summary>BYTES_8: an unsigned 8-bit length, then the bytes.</summary>
    public const byte Bytes8 = 0xCC;

    /// <summary>BYTES_16: an unsigned big-endian 16-bit length, then the bytes.</summary>
    public const byte Bytes16 = 0xCD;

    /// <summary>BYTES_32: a big-endian 32-bit length, then the bytes.</summary>
    public const byte Bytes32 = 0xCE;

    /// <summary>STRING_8: an unsigned 8-bit byte length, then UTF-8.</summary>
    public const byte String8 = 0xD0;

    /// <summary>STRING_16: an unsigned big-endian 16-bit byte length, then UTF-8.</summary>
    public const byte String16 = 0xD1;

    /// <summary>STRING_32: a big-endian 32-bit byte length, then UTF-8.</summary>
    public const byte String32 = 0xD2;

    /// <summary>LIST_8: an unsigned 8-bit item count.</summary>
    public const byte List8 = 0xD4;

    /// <summary>LIST_16: an unsigned big-endian 16-bit item count.</summary>
    public const byte List16 = 0xD5;

    /// <summary>LIST_32: a big-endian 32-bit item count.</summary>
    public const byte List32 = 0xD6;

    /// <summary>MAP_8 (DICT_8): an unsigned 8-bit entry count.</summary>
    public const byte Map8 = 0xD8;

    /// <summary>MAP_16 (DICT_16): an unsigned big-endian 16-bit entry count.</summary>
    public const byte Map16 = 0xD9;

    /// <summary>MAP_32 (DICT_32): a big-endian 32-bit entry count.</summary>
    public const byte Map32 = 0xDA;

    /// <summary>The smallest TINY_INT, -16 (<c>F0</c>); <c>F0</c> to <c>FF</c> are -16 to -1.</summary>
    public const byte MinusTinyIntFirst = 0xF0;

    /// <summary>The largest positive TINY_INT marker, 127 (<c>7F</c>).</summary>
    public const byte PlusTinyIntLast = 0x7F;
}
