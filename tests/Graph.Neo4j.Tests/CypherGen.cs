using System.Text;
using CsCheck;

namespace Graph.Neo4j.Tests;

/// <summary>CsCheck generators of strings that stress Cypher and JSON writers.</summary>
internal static class CypherGen
{
    private static readonly string[] Pieces =
    [
        "'", "\"", "\\", "\\'", "\\u0041", "\\n", "\n", "\r", "\t", "\b", "\f", "\u0001", "\u001F", "\u007F", "\u0085",
        "}", "{", "]", "$x", ";", "//", "/*", "*/", "`", "\u202E", "\u2067", "\u2069", "\u200D", "\u200B", "\uFEFF",
        "\u2028", "\u2029", "😀", "👨\u200D👩\u200D👧", "𝔸", "مرحبا", "שלום", "Лавров", "e\u0301", "a", " ",
    ];

    /// <summary>Any Unicode scalar value but NUL: lone surrogates are not text.</summary>
    private static readonly Gen<string> AnyScalar =
        Gen.Int[1, 0x10FFFF].Where(cp => cp is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32);

    public static readonly Gen<string> HostileString =
        Gen.Frequency((3, Gen.OneOfConst(Pieces)), (2, AnyScalar)).Array[0, 12].Select(parts => string.Concat(parts));
}
