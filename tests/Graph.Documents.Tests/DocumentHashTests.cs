using CsCheck;
using Graph.Model;

namespace Graph.Documents.Tests;

/// <summary>The id of a document is computed line by line, and is the hash of its normalised text whatever that holds.</summary>
public class DocumentHashTests
{
    /// <summary>Pieces that test the normalisation: every kind of line break, trailing white space, decomposed accents.</summary>
    private static readonly Gen<string> Piece = Gen.OneOfConst(
        "Zoe", "Zoe\u0308", "Zo\u00eb", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\f", " ", "\t", "\u00a0", "x",
        "A\u030a", "\u00c5", "\U0001F600", "said", "  \n", "\n\n\n");

    [Fact]
    public void The_line_by_line_hash_is_the_hash_of_the_normalised_text()
    {
        Piece.Array[0, 40].Select(parts => string.Concat(parts)).Sample(text =>
            DocumentFactory.HashNormalised(text).Should().Be(GraphIds.Hash(DocumentFactory.NormaliseForHash(text))), iter: 5_000);
    }

    [Fact]
    public void The_same_article_with_other_line_endings_trailing_space_or_decomposed_accents_has_one_id()
    {
        var unix = DocumentFactory.Create("a.txt", "Zo\u00eb Holm spoke.\nThe ferry sails.\n");
        var windows = DocumentFactory.Create("b.txt", "Zoe\u0308 Holm spoke.  \r\nThe ferry sails.\r\n\r\n");

        windows.Id.Should().Be(unix.Id);
    }
}
