namespace Graph.Extraction.Gazetteers;

/// <summary>A capital of a state that no longer exists, valid for documents dated up to the year the state ended.</summary>
/// <param name="Capital">The city as written ("Moscow").</param>
/// <param name="CountryId">The former state's id ("SUN").</param>
/// <param name="Until">The last year (inclusive) in which the city was that state's capital.</param>
public sealed record FormerCapitalEntry(string Capital, string CountryId, int Until);
