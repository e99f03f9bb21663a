using Graph.Model;

namespace Graph.Extraction.Tests;

/// <summary>Every example of Specs/*.md as a test of its own.</summary>
public class SpecTests
{
    public static IEnumerable<object[]> People() => SpecReader.Examples("People.md");

    public static IEnumerable<object[]> Speech() => SpecReader.Examples("Speech.md");

    public static IEnumerable<object[]> Countries() => SpecReader.Examples("Countries.md");

    [Theory]
    [MemberData(nameof(People))]
    public void People_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Speech))]
    public void Speech_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Countries))]
    public void Countries_spec(SpecExample example) => Check(example);

    private static void Check(SpecExample example)
    {
        var harness = new ExtractionHarness(example.Text);
        var statements = harness.Statements().ToList();
        var found = $"people: [{string.Join("; ", harness.Entities(NodeLabel.Person).Select(p => p.Name + " = " + string.Join(", ", p.Aliases)))}]\n" +
                    $"statements: [{string.Join("; ", statements.Select(s => s.Speaker + ": " + s.Text))}]";
        foreach (var line in example.Expectations)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var keyword = line[..space];
            var argument = line[(space + 1)..].Trim();
            switch (keyword)
            {
                case "PERSON":
                {
                    var parts = argument.Split('=', 2, StringSplitOptions.TrimEntries);
                    var person = harness.Entities(NodeLabel.Person).FirstOrDefault(p => p.Name == parts[0]);
                    person.Should().NotBeNull($"'{parts[0]}' should be a person\n{found}");
                    if (parts.Length > 1)
                    {
                        foreach (var alias in parts[1].Split(',', StringSplitOptions.TrimEntries))
                        {
                            person!.Aliases.Should().Contain(alias, $"'{alias}' should be an alias of {parts[0]}\n{found}");
                        }
                    }
                    break;
                }
                case "NO-PERSON":
                    harness.Person(argument).Should().BeNull($"'{argument}' is not a person\n{found}");
                    break;
                case "COUNTRY":
                    harness.Entities(NodeLabel.Country).Select(c => c.Id).Should().Contain(argument, found);
                    break;
                case "NO-COUNTRY":
                    harness.Entities(NodeLabel.Country).Select(c => c.Id).Should().NotContain(argument, found);
                    break;
                case "ORG":
                    harness.Entities(NodeLabel.Organization).Select(c => c.Id).Should().Contain(GraphIds.Organization(argument), found);
                    break;
                case "SAID":
                {
                    var parts = argument.Split('|', 2, StringSplitOptions.TrimEntries);
                    statements.Should().Contain(s => s.Speaker == parts[0] && s.Text.Contains(parts[1], StringComparison.Ordinal),
                        $"{parts[0]} should have said '{parts[1]}'\n{found}");
                    break;
                }
                case "NO-SAID":
                    statements.Should().NotContain(s => s.Text.Contains(argument, StringComparison.Ordinal), $"nobody should be credited with '{argument}'\n{found}");
                    break;
                default:
                    throw new InvalidOperationException($"{example}: unknown expectation '{keyword}'");
            }
        }
    }
}
