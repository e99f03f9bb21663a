namespace Graph.Extraction.Gazetteers;

/// <summary>A country or state-like polity.</summary>
/// <param name="Id">ISO 3166-1 alpha-3 code, or a reserved code for historical states (SUN, YUG, DDR).</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code, when it has one.</param>
/// <param name="Name">Common English short name.</param>
/// <param name="Names">Every name denoting the state: official names and aliases (not demonyms, not capitals).</param>
/// <param name="Demonyms">Adjectives and demonyms, which signal the country without naming it.</param>
/// <param name="Capitals">Capitals, which stand for the government when used as an actor.</param>
public sealed record CountryEntry(string Id, string Iso2, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);
