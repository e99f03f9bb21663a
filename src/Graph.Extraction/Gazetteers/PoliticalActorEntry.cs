namespace Graph.Extraction.Gazetteers;

/// <summary>A leader or official of the Phoenix actor dictionary (a row of political-actors.tsv).</summary>
/// <param name="Name">The name as the dictionary writes it ("Boris Yeltsin").</param>
/// <param name="Aliases">Other full forms ("Boris N. Yeltsin").</param>
/// <param name="Surname">The single word that names the person alone ("Yeltsin"), or empty.</param>
/// <param name="Countries">ISO 3166-1 alpha-3 codes of the countries served.</param>
/// <param name="Role">CAMEO actor role code of the latest office (GOV, ELI, LEG, MIL...).</param>
/// <param name="Start">First year of a recorded office, if known.</param>
/// <param name="End">Last year of a recorded office; null when still open.</param>
public sealed record PoliticalActorEntry(string Name, IReadOnlyList<string> Aliases, string Surname, IReadOnlyList<string> Countries, string Role, int? Start, int? End);
