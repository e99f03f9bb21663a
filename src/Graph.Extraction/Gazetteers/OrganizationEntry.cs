namespace Graph.Extraction.Gazetteers;

/// <summary>An organisation from the gazetteer.</summary>
/// <param name="Id">A short stable key (<c>un</c>, <c>asean</c>).</param>
/// <param name="Name">Canonical English name.</param>
/// <param name="Acronym">The acronym, if it has one.</param>
/// <param name="Names">Every other name and spelling of the acronym.</param>
public sealed record OrganizationEntry(string Id, string Name, string Acronym, IReadOnlyList<string> Names);
