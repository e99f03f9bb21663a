using System.Text.RegularExpressions;

namespace Graph.Evaluation.Tests;

/// <summary>Reads Specs/Scoring.md: each "## name" section holds gold/export block pairs, an expect block and a json block.</summary>
public static partial class ScoringSpecReader
{
    public static IEnumerable<object[]> Examples()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Scoring.md");
        var markdown = File.ReadAllText(path).ReplaceLineEndings("\n");
        var sections = Regex.Split(markdown, @"^## ", RegexOptions.Multiline).Skip(1).ToList();
        if (sections.Count == 0) throw new InvalidOperationException("Scoring.md has no examples");
        foreach (var section in sections)
        {
            var name = section[..section.IndexOf('\n', StringComparison.Ordinal)].Trim();
            var blocks = Block().Matches(section).Select(m => (Kind: m.Groups["kind"].Value, Body: m.Groups["body"].Value)).ToList();
            var golds = blocks.Where(b => b.Kind == "gold").Select(b => b.Body).ToList();
            var exports = blocks.Where(b => b.Kind == "export").Select(b => b.Body).ToList();
            if (golds.Count == 0 || golds.Count != exports.Count) throw new InvalidOperationException($"Scoring.md: '{name}' needs gold and export blocks in pairs");
            var expect = blocks.Single(b => b.Kind == "expect").Body + "\n";
            var json = blocks.Single(b => b.Kind == "json").Body;
            yield return [new ScoringSpec(name, golds.Zip(exports).ToList(), expect, json)];
        }
    }

    [GeneratedRegex(@"```(?<kind>gold|export|expect|json)\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
