using System.Text;

namespace Graph.Documents.Tests;

/// <summary>Inputs that look like something they are not.</summary>
public class EdgeCaseTests
{
    [Fact]
    public void A_short_latin1_word_is_a_broken_encoding_not_a_binary_file()
    {
        var result = TextDecoder.Decode([(byte)'Z', (byte)'o', 0xEB, (byte)'\n']);
        result.Text.Should().Be("Zo\uFFFD\n");
        result.Warnings.Should().ContainSingle().Which.Should().Contain("byte 2");
    }

    [Fact]
    public void A_paragraph_opening_with_the_word_picture_is_prose()
    {
        var layout = LayoutAnalyzer.Analyze("Picture the scene: ministers arguing until dawn over a single comma.\n");
        layout.Regions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Photo: Ministers at the signing ceremony.")]
    [InlineData("FILE PHOTO - The harbour at dawn.")]
    [InlineData("(Photo: Example News) Ministers at the table.")]
    [InlineData("Photo by Ana Ruiz for Example News")]
    public void Captions_announce_themselves(string caption)
    {
        var text = "Foreign Minister Ana Ruiz arrived on Monday.\n\n" + caption + "\n\nShe left on Tuesday.\n";
        var layout = LayoutAnalyzer.Analyze(text);
        var region = layout.Regions.Should().ContainSingle(r => r.Kind == RegionKind.Caption).Which;
        text[region.Start..region.End].Should().Be(caption);
    }

    [Fact]
    public void All_rights_reserved_inside_a_sentence_is_not_a_copyright_line()
    {
        var layout = LayoutAnalyzer.Analyze("The minister said all parties had agreed. All rights reserved by the treaty stay with the signatories.\n");
        layout.Regions.Should().NotContain(r => r.Kind == RegionKind.Copyright);
    }

    [Fact]
    public void Precomposed_and_decomposed_accents_are_the_same_document()
    {
        var composed = DocumentFactory.Create("a.txt", "Zoë Laurent said the talks were over.");
        var decomposed = DocumentFactory.Create("b.txt", "Zoe\u0308 Laurent said the talks were over.");
        decomposed.Id.Should().Be(composed.Id);
    }

    [Fact]
    public async Task Upper_case_extensions_match_the_default_includes()
    {
        var folder = Directory.CreateTempSubdirectory("graph-edge-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "STORY.TXT"), "Minister Ana Ruiz said the border would reopen.", Encoding.UTF8);
            var reader = new DocumentReader(new ReaderOptions());
            var results = new List<ReadResult>();
            await foreach (var r in reader.ReadAsync([folder.FullName])) results.Add(r);

            results.Should().ContainSingle().Which.Document.Should().NotBeNull();
            reader.Statistics.FilesNotMatched.Should().Be(0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
