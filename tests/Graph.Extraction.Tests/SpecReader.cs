using System.Text.RegularExpressions;

namespace Graph.Extraction.Tests;

/// <summary>
/// Reads Specs/*.md: each "## name" section holds one or more pairs of a ```text block and the ```expect block after
/// it; a section with several pairs gives one example per pair ("name (2)", "name (3)"), so that a rule is shown on
/// several sentences of its own.
/// </summary>
public static partial class SpecReader
{
    public static IEnumerable<object[]> Examples(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", file);
        var markdown = File.ReadAllText(path).ReplaceLineEndings("\n");
        var sections = Regex.Split(markdown, @"^## ", RegexOptions.Multiline).Skip(1).ToList();
        if (sections.Count == 0) throw new InvalidOperationException($"{file} has no examples");
        foreach (var section in sections)
        {
            var name = section[..section.IndexOf('\n', StringComparison.Ordinal)].Trim();
            var blocks = Block().Matches(section).ToList();
            if (!blocks.Any(m => m.Groups["kind"].Value == "text")) throw new InvalidOperationException($"{file}: '{name}' has no text block");
            var pair = 0;
            for (var b = 0; b < blocks.Count; b++)
            {
                if (blocks[b].Groups["kind"].Value != "text") continue;
                if (b + 1 >= blocks.Count || blocks[b + 1].Groups["kind"].Value != "expect")
                    throw new InvalidOperationException($"{file}: '{name}' has a text block without an expect block after it");
                var lines = blocks[b + 1].Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                pair++;
                yield return [new SpecExample(file, pair == 1 ? name : $"{name} ({pair})", blocks[b].Groups["body"].Value, lines)];
            }
        }
    }

    [GeneratedRegex(@"```(?<kind>text|expect)\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
