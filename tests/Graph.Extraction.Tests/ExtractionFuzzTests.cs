using CsCheck;
using Graph.Documents;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Extraction.Tests;

/// <summary>
/// Extraction over any text made of the words and marks news is made of, shuffled: it never fails, and whatever it
/// copies into the graph is the text at the offsets it gives, within the bounds it promises.
/// </summary>
public class ExtractionFuzzTests
{
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseDefaults().Build();

    private static readonly Gen<string> Word = Gen.OneOfConst(
        "Ana", "Holm", "Foreign Minister", "President", "Ola Brisk", "he", "she", "they", "the two sides", "Norway", "Kenya's",
        "the United Nations", "the Eastbrook Ferry Project", "the deal", "the war", "said", "told reporters", "added",
        "backed", "supports", "pledged", "is committed to", "did not", "signed", "opposed", "\"", "\u201c", "\u201d", "'",
        ",", ".", ";", ":", "-", "(", ")", "\n", "\n\n", "OSLO, May 3 -", "on Monday", "and", "the", "of", "to", "that",
        "\U0001F600", "\u00e9t\u00e9", "\t", "  ", "1987", "20 mln dlrs", "U.S.", "Mr.", "Reuters");

    private static readonly Gen<string> Text = Word.Array[0, 300].Select(words => string.Join(' ', words));

    [Fact]
    public void Any_text_of_news_words_is_extracted_without_failing_and_every_copied_text_is_its_own_span()
    {
        Text.Sample(text =>
        {
            var graph = Pipeline.Extract(DocumentFactory.Create("fuzz.txt", text.Length == 0 ? "." : text));
            var source = text.Length == 0 ? "." : text;
            foreach (var r in graph.Relationships.Where(r => r.Properties.ContainsKey("evidence")))
            {
                var evidence = (string)r.Properties["evidence"];
                evidence.Length.Should().BeLessThanOrEqualTo(ExtractionLimits.MaxEvidenceLength);
                source[(int)(long)r.Properties["start"]..(int)(long)r.Properties["end"]].Should().Be(evidence);
            }
            foreach (var statement in graph.Nodes.Where(n => n.Label == NodeLabel.Statement))
            {
                source[(int)(long)statement.Properties["start"]..(int)(long)statement.Properties["end"]].Should().Be((string)statement.Properties["text"]);
            }
            graph.Relationships.Select(r => r.Id).Where(id => !id.StartsWith("rel/", StringComparison.Ordinal)).Should().BeEmpty();
        }, iter: 400);
    }

    /// <summary>Texts the fuzzing above found failing, kept so that they never fail again.</summary>
    [Theory]
    // A project head word ("the deal") as the last token of a sentence: the aim reader looked one token past the end.
    [InlineData("that said and President : of ' and the deal : did not \u201c on Monday    \n is committed to \u201d added Ola Brisk : on Monday pledged " +
        "Foreign Minister they on Monday - they Foreign Minister \" he ) the Eastbrook Ferry Project - \u00e9t\u00e9 Holm the the deal backed that " +
        "the Eastbrook Ferry Project the deal")]
    public void Texts_that_once_failed_are_extracted(string text)
    {
        var act = () => Pipeline.Extract(DocumentFactory.Create("regression.txt", text));
        act.Should().NotThrow();
    }
}
