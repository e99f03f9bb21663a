using System.Text.RegularExpressions;
using Graph.Model;

namespace Graph.Neo4j.Tests;

/// <summary>graph-schema/browser-style.grass: a colour and a caption for every label in Neo4j Browser.</summary>
public partial class BrowserStyleTests
{
    // A rule ends at a '}' alone on its line: captions such as '{name}' hold braces of their own.
    [GeneratedRegex(@"^(?<selector>[\w.]+)\s*\{(?<body>.*?)^\}", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Rule();

    [GeneratedRegex(@"(?<key>[\w-]+)\s*:\s*(?<value>[^;]+);")]
    private static partial Regex Declaration();

    private static Dictionary<string, Dictionary<string, string>> Rules()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "graph-schema", "browser-style.grass"));
        return Rule().Matches(text).ToDictionary(
            m => m.Groups["selector"].Value,
            m => Declaration().Matches(m.Groups["body"].Value).ToDictionary(d => d.Groups["key"].Value, d => d.Groups["value"].Value.Trim()));
    }

    [Fact]
    public void Every_label_has_its_own_colour_and_a_caption()
    {
        var rules = Rules();

        foreach (var label in NodeLabels.All)
        {
            rules.Should().ContainKey("node." + label.Name());
            rules["node." + label.Name()].Should().ContainKeys("color", "border-color", "caption");
            rules["node." + label.Name()]["color"].Should().MatchRegex("^#[0-9A-F]{6}$");
        }
        NodeLabels.All.Select(l => rules["node." + l.Name()]["color"]).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Entities_show_their_name_statements_their_text_and_documents_their_title()
    {
        var rules = Rules();

        foreach (var label in NodeLabels.Entities) rules["node." + label.Name()]["caption"].Should().Be("'{name}'");
        rules["node.Statement"]["caption"].Should().Be("'{text}'", "Browser fits a caption into the circle, so a statement shows its first words");
        rules["node.Document"]["caption"].Should().Be("'{title}'");
        rules["relationship"]["caption"].Should().Be("'<type>'");
        // A rule for the shared Entity label would compete with the specific ones for every entity.
        rules.Should().NotContainKey("node." + NodeLabels.EntityLabel);
    }

    [Fact]
    public void Styled_relationship_types_are_types_of_the_model()
    {
        Rules().Keys.Where(k => k.StartsWith("relationship.", StringComparison.Ordinal))
            .Select(k => k["relationship.".Length..])
            .Should().BeSubsetOf(RelationshipTypes.All.Select(t => t.Name()));
    }
}
