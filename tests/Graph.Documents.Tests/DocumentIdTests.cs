using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>Document ids come from the text alone, so the same article is one document however it was saved.</summary>
public sealed class DocumentIdTests : IDisposable
{
    private const string Text = "Mira Castellan opened the Eastbrook ferry on Monday.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Id_is_stable_for_a_known_text()
    {
        // Computed once outside the code under test: printf '%s' "$Text" | sha256sum
        var doc = DocumentFactory.Create("anywhere.txt", Text);

        doc.Sha256.Should().Be("1c98f7db6b04dafa3a64b50e4103b986f8a560794595a4af55e650ef2c2f4c8f");
        doc.Id.Should().Be("doc/1c98f7db6b04dafa");
    }

    [Fact]
    public async Task Same_text_from_two_paths_has_the_same_id()
    {
        var first = _folder.Write("2021/ferry.txt", Text);
        var second = _folder.Write("copies/ferry-copy.txt", Text);

        var results = await ReadAllAsync(first, second);

        results[0].Document!.Source.Should().NotBe(results[1].Document!.Source);
        results[0].Document!.Id.Should().Be(results[1].Document!.Id);
    }

    [Fact]
    public async Task Same_text_as_a_file_and_as_a_json_lines_record_has_the_same_id()
    {
        var file = _folder.Write("ferry.txt", Text + "\n");
        var feed = _folder.Write("feed.jsonl", $$"""{"title":"Ferry","text":"{{Text}}"}""" + "\n");

        var results = await ReadAllAsync(file, feed);

        results[0].Document!.Id.Should().Be(results[1].Document!.Id);
    }

    [Theory]
    [InlineData("Harbour wall.\nMayor Elin Sorensen spoke.", "Harbour wall.\r\nMayor Elin Sorensen spoke.")]
    [InlineData("Harbour wall.\nMayor Elin Sorensen spoke.", "Harbour wall.\rMayor Elin Sorensen spoke.")]
    [InlineData("Harbour wall.\nMayor Elin Sorensen spoke.", "Harbour wall.\nMayor Elin Sorensen spoke.\n")]
    [InlineData("Harbour wall.\nMayor Elin Sorensen spoke.", "Harbour wall.   \nMayor Elin Sorensen spoke.\t\r\n\r\n")]
    public void Line_endings_and_trailing_white_space_do_not_change_the_id(string a, string b)
    {
        DocumentFactory.Create("a.txt", a).Id.Should().Be(DocumentFactory.Create("b.txt", b).Id);
    }

    [Theory]
    [InlineData("Mayor Elin Sorensen spoke.", "Mayor Elin Sorenson spoke.")]
    [InlineData("Mayor Elin Sorensen spoke.", "  Mayor Elin Sorensen spoke.")]
    [InlineData("Harbour wall.\nMayor spoke.", "Harbour wall.\n\nMayor spoke.")]
    [InlineData("Harbour wall. Mayor spoke.", "Harbour wall.\nMayor spoke.")]
    public void Different_text_has_a_different_id(string a, string b)
    {
        DocumentFactory.Create("a.txt", a).Id.Should().NotBe(DocumentFactory.Create("a.txt", b).Id);
    }

    [Fact]
    public void Metadata_does_not_change_the_id()
    {
        var plain = DocumentFactory.Create("a.txt", Text);
        var withMetadata = DocumentFactory.Create("feed.jsonl:3", Text, "https://news.example/ferry", "Ferry Opens", new DateOnly(2021, 4, 7));

        withMetadata.Id.Should().Be(plain.Id);
    }

    [Fact]
    public void Document_keeps_the_original_text_even_though_the_id_ignores_line_endings()
    {
        const string text = "Harbour wall.  \r\nMayor Elin Sorensen spoke.\r\n";

        DocumentFactory.Create("a.txt", text).Text.Should().Be(text);
    }
}
