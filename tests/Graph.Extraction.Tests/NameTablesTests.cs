using Graph.Documents;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Model;

namespace Graph.Extraction.Tests;

/// <summary>
/// The shipped conflicts.tsv, organization-heads.tsv and project-heads.tsv, and user tables in their format:
/// what the loader accepts, what it refuses, and that a user's row changes what extraction finds.
/// </summary>
public class NameTablesTests
{
    private static readonly Gazetteer Shipped = Gazetteer.Default;

    [Fact]
    public void Shipped_conflicts_name_only_known_countries()
    {
        Shipped.Conflicts.Should().HaveCountGreaterThan(40);
        foreach (var c in Shipped.Conflicts)
        {
            c.Countries.Should().NotBeEmpty($"{c.Id} needs its countries");
            c.Countries.Should().OnlyContain(iso => Shipped.CountriesById.ContainsKey(iso), $"{c.Id} lists codes of the countries table");
            c.Kind.Should().BeOneOf("war", "civil-war", "insurgency", "conflict", "dispute", "rivalry");
            c.Start.Should().BeInRange(1800, 2100);
            if (c.End is { } end) end.Should().BeGreaterThanOrEqualTo(c.Start, c.Id);
        }
    }

    [Fact]
    public void A_conflict_name_shared_by_two_rows_is_told_apart_by_the_years()
    {
        // The header of conflicts.tsv promises it: the document's date picks the row.
        var byName = Shipped.Conflicts.SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (Name: n.ToUpperInvariant(), Row: c)))
            .GroupBy(x => x.Name).Where(g => g.Select(x => x.Row.Id).Distinct().Count() > 1);
        foreach (var group in byName)
        {
            var rows = group.Select(x => x.Row).DistinctBy(r => r.Id).OrderBy(r => r.Start).ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                rows[i].Start.Should().BeGreaterThan(rows[i - 1].End ?? int.MaxValue, $"'{group.Key}' names {rows[i - 1].Id} and {rows[i].Id} in overlapping years");
            }
        }
    }

    [Fact]
    public void Shipped_head_words_have_kinds_their_label_knows()
    {
        var organization = new[] { "name", "lower", "suffix", "institution", "standalone", "not" };
        var project = new[] { "name", "title", "anchored" };
        Shipped.HeadWords.Should().Contain(h => h.Label == NodeLabel.Organization && h.Head == "ministry");
        Shipped.HeadWords.Should().Contain(h => h.Label == NodeLabel.Project && h.Head == "pipeline");
        foreach (var h in Shipped.HeadWords)
        {
            h.Kind.Should().BeOneOf(h.Label == NodeLabel.Organization ? organization : project, h.Head);
            h.Head.Should().Be(h.Head.ToLowerInvariant());
        }
        Shipped.HeadWords.Where(h => h.Label == NodeLabel.Project).Should().OnlyContain(h => h.Family.Length > 0);
    }

    [Fact]
    public void The_year_says_whether_a_conflict_is_going_on()
    {
        var war = Shipped.Conflicts.Single(c => c.Id == "iran-iraq-war");
        war.IsActiveIn(1987).Should().BeTrue();
        war.IsActiveIn(1989).Should().BeTrue("news of the next year still speaks of it");
        war.IsActiveIn(1995).Should().BeFalse();
        Shipped.Conflicts.Single(c => c.Id == "syrian-civil-war").IsActiveIn(2030).Should().BeTrue("it has no end year");
    }

    [Fact]
    public void A_user_conflict_is_recognised_by_its_name_and_involves_its_countries()
    {
        var table = Table("my-conflicts.tsv", "# id\tname\taliases\tcountries\tkind\tstart\tend\nbeagle-dispute\tBeagle conflict\tBeagle Channel dispute\tARG|CHL\tdispute\t1978\t1984\n");
        var graph = Extract(Gazetteer.Load([table]), "date 1982-05-01\nTALKS\n\nSANTIAGO, May 1 - Argentina and Chile discussed the Beagle Channel dispute on Friday.");
        var conflict = graph.Entities.Should().ContainSingle(e => e.Label == NodeLabel.Conflict).Subject;
        conflict.Name.Should().Be("Beagle conflict");
        conflict.Aliases.Should().Contain("Beagle Channel dispute");
        graph.Relationships.Where(r => r.Type == RelationshipType.Involves).Select(r => r.End.Id).Should().BeEquivalentTo(["ARG", "CHL"]);
    }

    [Fact]
    public void A_user_head_word_makes_new_organisations()
    {
        var table = Table("my-heads.tsv", "# head\tlabel\tkind\tfamily\tanaphor\tvariants\nsyndicate\tOrganization\tname\tcompany\tno\t\n");
        var text = "The Baltic Cable Syndicate said it would lay the line in May.";
        Extract(Gazetteer.Default, text).Entities.Should().NotContain(e => e.Label == NodeLabel.Organization);
        Extract(Gazetteer.Load([table]), text).Entities.Should().Contain(e => e.Label == NodeLabel.Organization && e.Name == "Baltic Cable Syndicate");
    }

    [Fact]
    public void A_user_head_word_makes_new_projects()
    {
        var table = Table("my-heads.tsv", "# head\tlabel\tkind\tfamily\tanaphor\tvariants\nviaduct\tProject\tname\tinfrastructure\tyes\tviaducts\n");
        var graph = Extract(Gazetteer.Load([table]), "Both governments backed the Fehmarn Belt Viaduct. They said the viaduct would open in 2029.");
        var project = graph.Entities.Should().ContainSingle(e => e.Label == NodeLabel.Project).Subject;
        project.Name.Should().Be("Fehmarn Belt Viaduct");
        // "the viaduct" refers back to the project (so facts can attach to it) but a common noun is no name of it.
        project.Aliases.Should().NotContain("viaduct");
    }

    [Theory]
    [InlineData("# id\tname\taliases\tcountries\tkind\tstart\tend\nx\tX war\t\tFRA\twar\tlong ago\t\n", "not a year")]
    [InlineData("# head\tlabel\tkind\tfamily\tanaphor\tvariants\nfund\tPerson\tname\t\tno\t\n", "must be Organization or Project")]
    [InlineData("# id\tname\taliases\tcountries\tkind\tstart\tend\n\tNameless war\t\tFRA\twar\t1900\t\n", "empty key")]
    public void Broken_user_tables_are_refused_with_their_name(string text, string message)
    {
        var act = () => Gazetteer.Load([Table("mine.tsv", text)]);
        act.Should().Throw<FormatException>().WithMessage($"mine.tsv*{message}*");
    }

    private static TsvTable Table(string name, string text)
    {
        using var reader = new StringReader(text);
        return TsvTable.Parse(name, reader);
    }

    private static DocumentGraph Extract(Gazetteer gazetteer, string text) =>
        new ExtractionPipelineBuilder().UseGazetteer(gazetteer).UseDefaults().Build().Extract(DocumentFactory.Create("test.txt", text));
}
