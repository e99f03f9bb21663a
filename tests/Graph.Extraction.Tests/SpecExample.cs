namespace Graph.Extraction.Tests;

/// <summary>One example of a specification file: an article and the facts expected from it.</summary>
public sealed record SpecExample(string File, string Name, string Text, IReadOnlyList<string> Expectations)
{
    public override string ToString() => $"{File}: {Name}";
}
