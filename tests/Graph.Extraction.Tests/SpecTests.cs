using Graph.Model;

namespace Graph.Extraction.Tests;

/// <summary>Every example of Specs/*.md as a test of its own.</summary>
public class SpecTests
{
    public static IEnumerable<object[]> People() => SpecReader.Examples("People.md");

    public static IEnumerable<object[]> Speech() => SpecReader.Examples("Speech.md");

    public static IEnumerable<object[]> Countries() => SpecReader.Examples("Countries.md");

    public static IEnumerable<object[]> Organizations() => SpecReader.Examples("Organizations.md");

    public static IEnumerable<object[]> Projects() => SpecReader.Examples("Projects.md");

    public static IEnumerable<object[]> Conflicts() => SpecReader.Examples("Conflicts.md");

    public static IEnumerable<object[]> Stance() => SpecReader.Examples("Stance.md");

    public static IEnumerable<object[]> References() => SpecReader.Examples("References.md");

    [Theory]
    [MemberData(nameof(People))]
    public void People_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Speech))]
    public void Speech_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Countries))]
    public void Countries_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Organizations))]
    public void Organizations_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Projects_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Conflicts))]
    public void Conflicts_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(Stance))]
    public void Stance_spec(SpecExample example) => Check(example);

    [Theory]
    [MemberData(nameof(References))]
    public void References_spec(SpecExample example) => Check(example);

    /// <summary>"name" or "name = alias, alias": an entity with that canonical name and those aliases.</summary>
    private static void ExpectNamed(ExtractionHarness harness, NodeLabel label, string argument, string found)
    {
        var parts = argument.Split(" = ", 2, StringSplitOptions.TrimEntries);
        var entity = harness.Entities(label).FirstOrDefault(e => e.Name == parts[0]);
        entity.Should().NotBeNull($"'{parts[0]}' should be the name of a {label}\n{found}");
        if (parts.Length < 2) return;
        foreach (var alias in parts[1].Split(", ", StringSplitOptions.TrimEntries))
        {
            entity!.Aliases.Should().Contain(alias, $"'{alias}' should be an alias of {parts[0]}\n{found}");
        }
    }

    private static void Check(SpecExample example)
    {
        var harness = new ExtractionHarness(example.Text);
        var statements = harness.Statements().ToList();
        var found = $"people: [{string.Join("; ", harness.Entities(NodeLabel.Person).Select(p => p.Name + " = " + string.Join(", ", p.Aliases)))}]\n" +
                    $"statements: [{string.Join("; ", statements.Select(s => s.Speaker + ": " + s.Text))}]\n" +
                    string.Join("\n", new[] { NodeLabel.Organization, NodeLabel.Project, NodeLabel.Conflict }.Select(l =>
                        $"{l}: [{string.Join("; ", harness.Entities(l).Select(e => e.Name + " = " + string.Join(", ", e.Aliases)))}]"));
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
                case "SAID-STARTS":
                {
                    var parts = argument.Split('|', 2, StringSplitOptions.TrimEntries);
                    statements.Should().Contain(s => s.Speaker == parts[0] && s.Text.StartsWith(parts[1], StringComparison.Ordinal),
                        $"{parts[0]} should have said something starting '{parts[1]}'\n{found}");
                    break;
                }
                case "STATEMENT":
                {
                    var parts = argument.Split('|', 2, StringSplitOptions.TrimEntries);
                    var unattributed = harness.UnattributedStatements().ToList();
                    unattributed.Should().Contain(s => s.Source == parts[0] && s.Text.Contains(parts[1], StringComparison.Ordinal),
                        $"a statement by '{parts[0]}' should contain '{parts[1]}'\nunattributed: [{string.Join("; ", unattributed.Select(u => u.Source + ": " + u.Text))}]\n{found}");
                    break;
                }
                case "NO-SAID":
                    statements.Should().NotContain(s => s.Text.Contains(argument, StringComparison.Ordinal), $"nobody should be credited with '{argument}'\n{found}");
                    break;
                case "ORG-NAME":
                    ExpectNamed(harness, NodeLabel.Organization, argument, found);
                    break;
                case "NO-ORG":
                    harness.Named(NodeLabel.Organization, argument).Should().BeNull($"'{argument}' is not an organisation\n{found}");
                    break;
                case "PROJECT":
                    ExpectNamed(harness, NodeLabel.Project, argument, found);
                    break;
                case "NO-PROJECT":
                    harness.Named(NodeLabel.Project, argument).Should().BeNull($"'{argument}' is not a project\n{found}");
                    break;
                case "PROJECT-COUNT":
                    harness.Entities(NodeLabel.Project).Should().HaveCount(int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture), found);
                    break;
                case "CONFLICT":
                    ExpectNamed(harness, NodeLabel.Conflict, argument, found);
                    break;
                case "NO-CONFLICT":
                    harness.Named(NodeLabel.Conflict, argument).Should().BeNull($"'{argument}' is not a conflict\n{found}");
                    break;
                case "CONFLICT-COUNT":
                    harness.Entities(NodeLabel.Conflict).Should().HaveCount(int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture), found);
                    break;
                case "SUPPORTS" or "COMMITTED_TO" or "NO-SUPPORTS" or "NO-COMMITTED_TO":
                {
                    var negative = keyword.StartsWith("NO-", StringComparison.Ordinal);
                    var type = keyword.EndsWith("SUPPORTS", StringComparison.Ordinal) ? RelationshipType.Supports : RelationshipType.CommittedTo;
                    var parts = argument.Split("->", 2, StringSplitOptions.TrimEntries);
                    var facts = harness.Relations(type).ToList();
                    var has = facts.Any(f => f.Subject == parts[0] && f.Object == parts[1]);
                    has.Should().Be(!negative, $"{keyword} {argument}\nfound {type}: [{string.Join("; ", facts.Select(f => f.Subject + " -> " + f.Object))}]\n{found}");
                    break;
                }
                case "EVIDENCE":
                {
                    // EVIDENCE SUPPORTS actor -> target = text: the stance edge's evidence is exactly that text.
                    var typeAndRest = argument.Split(' ', 2);
                    var type = typeAndRest[0] == "SUPPORTS" ? RelationshipType.Supports : RelationshipType.CommittedTo;
                    var pairAndText = typeAndRest[1].Split(" = ", 2, StringSplitOptions.TrimEntries);
                    var parts = pairAndText[0].Split("->", 2, StringSplitOptions.TrimEntries);
                    harness.Evidence(type, parts[0], parts[1]).Should().Contain(pairAndText[1], $"{keyword} {argument}\n{found}");
                    break;
                }
                case "AIM":
                {
                    // AIM COMMITTED_TO actor -> target = end: the stance edge carries that aim.
                    var typeAndRest = argument.Split(' ', 2);
                    var type = typeAndRest[0] == "SUPPORTS" ? RelationshipType.Supports : RelationshipType.CommittedTo;
                    var parts = typeAndRest[1].Split(["->", "="], StringSplitOptions.TrimEntries);
                    var names = harness.Graph.Entities.ToDictionary(e => e.Id, e => e.Name ?? e.Id);
                    var aims = harness.Graph.Relationships.Where(r => r.Type == type && names.GetValueOrDefault(r.Start.Id) == parts[0] && names.GetValueOrDefault(r.End.Id) == parts[1])
                        .Select(r => r.Properties.TryGetValue("aim", out var aim) ? aim as string : null).ToList();
                    aims.Should().Contain(parts[2], $"{keyword} {argument}\n{found}");
                    break;
                }
                case "REPRESENTS":
                {
                    var parts = argument.Split(["->", " as "], StringSplitOptions.TrimEntries);
                    var facts = harness.Relations(RelationshipType.Represents).ToList();
                    facts.Should().Contain(f => f.Subject == parts[0] && f.Object == parts[1] && f.Role == parts[2],
                        $"{argument}\nfound: [{string.Join("; ", facts.Select(f => f.Subject + " -> " + f.Object + " as " + f.Role))}]");
                    break;
                }
                case "REFERS":
                {
                    var parts = argument.Split("->", 2, StringSplitOptions.TrimEntries);
                    harness.ReferredBy(parts[0]).Should().Contain(parts[1], $"'{parts[0]}' should refer to {parts[1]}\n{found}");
                    break;
                }
                case "NO-REFERS":
                    harness.ReferredBy(argument).Should().BeEmpty($"'{argument}' should refer to nothing\n{found}");
                    break;
                case "INVOLVES" or "NO-INVOLVES":
                {
                    var parts = argument.Split("->", 2, StringSplitOptions.TrimEntries);
                    var subject = harness.Entities(NodeLabel.Project).Concat(harness.Entities(NodeLabel.Conflict)).FirstOrDefault(e => e.Name == parts[0]);
                    subject.Should().NotBeNull($"'{parts[0]}' should be a project or a conflict\n{found}");
                    var targets = harness.Graph.Relationships.Where(r => r.Type == RelationshipType.Involves && r.Start.Id == subject!.Id)
                        .Select(r => harness.Graph.Entities.First(e => e.Id == r.End.Id)).ToList();
                    targets.Any(t => t.Id == parts[1] || t.Name == parts[1]).Should().Be(keyword == "INVOLVES",
                        $"{keyword} {argument}; it involves [{string.Join(", ", targets.Select(t => t.Id))}]\n{found}");
                    break;
                }
                case "PART_OF" or "NO-PART_OF":
                {
                    // PART_OF organisation name -> ISO3: the organisation is a body of that country.
                    var parts = argument.Split("->", 2, StringSplitOptions.TrimEntries);
                    var names = harness.Graph.Entities.ToDictionary(e => e.Id, e => e.Name ?? e.Id);
                    var links = harness.Graph.Relationships.Where(r => r.Type == RelationshipType.PartOf).Select(r => names[r.Start.Id] + " -> " + r.End.Id).ToList();
                    links.Contains(parts[0] + " -> " + parts[1]).Should().Be(keyword == "PART_OF", $"{keyword} {argument}\nfound: [{string.Join("; ", links)}]\n{found}");
                    break;
                }
                case "NO-ALIAS":
                {
                    // NO-ALIAS entity name -> form: the entity exists, and the form is not among its aliases.
                    var parts = argument.Split("->", 2, StringSplitOptions.TrimEntries);
                    var entity = harness.Graph.Entities.FirstOrDefault(e => e.Name == parts[0]);
                    entity.Should().NotBeNull($"'{parts[0]}' should be an entity\n{found}");
                    entity!.Aliases.Should().NotContain(parts[1], $"'{parts[1]}' is no name of {parts[0]}\n{found}");
                    break;
                }
                case "ORG-ID":
                {
                    var parts = argument.Split("->", 2, StringSplitOptions.TrimEntries);
                    harness.Entities(NodeLabel.Organization).Where(e => e.Name == parts[0]).Select(e => e.Id).Should().Equal([parts[1]], found);
                    break;
                }
                case "ORG-ID-SCOPED":
                {
                    // The organisation of that name has an id of this document only (org/<name>/<document>).
                    var org = harness.Entities(NodeLabel.Organization).FirstOrDefault(e => e.Name == argument);
                    org.Should().NotBeNull($"'{argument}' should be an organisation\n{found}");
                    org!.Id.Should().Be(GraphIds.Organization(argument) + "/" + harness.Graph.Document.Id["doc/".Length..]);
                    break;
                }
                default:
                    throw new InvalidOperationException($"{example}: unknown expectation '{keyword}'");
            }
        }
    }
}
