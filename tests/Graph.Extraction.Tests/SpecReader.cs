using System.Text.RegularExpressions;

namespace Graph.Extraction.Tests;

/// <summary>Reads Specs/*.md: each "## name" section holds a ```text block and an ```expect block.</summary>
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
            var text = Block().Matches(section).FirstOrDefault(m => m.Groups["kind"].Value == "text")
                ?? throw new InvalidOperationException($"{file}: '{name}' has no text block");
            var expect = Block().Matches(section).FirstOrDefault(m => m.Groups["kind"].Value == "expect")
                ?? throw new InvalidOperationException($"{file}: '{name}' has no expect block");
            var lines = expect.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return [new SpecExample(file, name, text.Groups["body"].Value, lines)];
        }
    }

    [GeneratedRegex(@"```(?<kind>text|expect)\n(?<body>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
