namespace Graph.Extraction.Gazetteers;

/// <summary>
/// The country a place name stands for, without regard to case: a country's own names and its capitals ("TOKYO",
/// "New Delhi"), and a former state's capital for documents dated while it was one ("MOSCOW" in 1987 is the Soviet
/// Union). Used for datelines, which newswire writes in capitals.
/// </summary>
public sealed class PlaceCountries
{
    private readonly Dictionary<string, string> _current = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FormerCapitalEntry[]> _former;

    /// <summary>Indexes the gazetteer's countries, capitals and former capitals.</summary>
    public PlaceCountries(Gazetteer gazetteer)
    {
        foreach (var c in gazetteer.Countries)
        {
            foreach (var n in c.Names.Prepend(c.Name).Concat(c.Capitals)) _current.TryAdd(n, c.Id);
        }
        _former = gazetteer.FormerCapitals.GroupBy(f => f.Capital, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Until).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The id of the country the place stands for on <paramref name="date"/>, or null when it names none.</summary>
    public string? CountryOf(string place, DateOnly? date)
    {
        var name = place.Trim();
        if (date is { } d && _former.TryGetValue(name, out var former))
        {
            foreach (var f in former)
            {
                if (d.Year <= f.Until) return f.CountryId;
            }
        }
        return _current.GetValueOrDefault(name) ?? (_former.TryGetValue(name, out var only) ? only[^1].CountryId : null);
    }
}
