using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Tests;

/// <summary>Reading gold files: the format of EVALUATION.md, and clear errors where score.py would crash.</summary>
public class GoldDocumentTests
{
    [Fact]
    public void A_gold_file_reads_with_every_key()
    {
        var gold = GoldDocument.Parse("""
            {"document": "006.txt",
             "entities": [{"type": "Person", "name": "Sergey Lavrov", "aliases": ["Lavrov"]}],
             "optional_entities": [{"type": "Country", "name": "Russia"}],
             "relations": [{"type": "SUPPORTS", "subject": ["Russia", "Sergey Lavrov"], "object": ["ASEAN"], "evidence": "key role"}],
             "optional_relations": [{"type": "SAID", "subject": ["Sergey Lavrov"], "evidence": "division lines", "note": "keys score.py does not read are ignored"}]}
            """);

        gold.Document.Should().Be("006.txt");
        gold.Entities.Single().Aliases.Should().Equal("Lavrov");
        gold.OptionalEntities.Single().Aliases.Should().BeEmpty();
        gold.Relations.Single().Objects.Should().Equal("ASEAN");
        gold.Relations.Single().Subjects.Should().Equal("Russia", "Sergey Lavrov");
        gold.OptionalRelations.Single().Objects.Should().BeNull();
    }

    [Fact]
    public void Missing_lists_are_empty_and_a_missing_document_name_is_a_question_mark()
    {
        var gold = GoldDocument.Parse("{}");

        gold.Document.Should().Be("?");
        gold.Entities.Should().BeEmpty();
        gold.Relations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"relations": [{"type": "SAID", "subject": ["X"]}]}""", "has no evidence")]
    [InlineData("""{"relations": [{"type": "SUPPORTS", "subject": ["X"], "evidence": "e"}]}""", "has no object")]
    [InlineData("""{"optional_relations": [{"type": "COMMITTED_TO", "subject": ["X"], "object": [], "evidence": "e"}]}""", "has no object")]
    [InlineData("""{"relations": [{"type": "SAID", "subject": [], "evidence": "e"}]}""", "has no subject")]
    [InlineData("""{"entities": [{"type": "Person"}]}""", "not a gold file")]
    [InlineData("""{"entities": [""", "not a gold file")]
    [InlineData("null", "not a gold file")]
    public void What_score_py_would_stop_on_is_an_error_that_says_what_is_wrong(string json, string message)
    {
        var parse = () => GoldDocument.Parse(json);

        parse.Should().Throw<InvalidDataException>().WithMessage($"*{message}*");
    }
}
