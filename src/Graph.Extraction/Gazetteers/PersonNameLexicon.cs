namespace Graph.Extraction.Gazetteers;

/// <summary>
/// What is known of people's names in general: the words that open personal names (given-names.tsv, from the
/// US Social Security Administration's baby names and the Phoenix actor dictionary) and the leaders and officials
/// of the Phoenix dictionary (political-actors.tsv). Lookups are hashed on the word or on the folded name.
/// </summary>
public sealed class PersonNameLexicon
{
    private static readonly Lazy<PersonNameLexicon> DefaultInstance = new(LoadShipped);

    private readonly Dictionary<string, bool> _givenNames = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _placeNames = [];
    private readonly Dictionary<string, PoliticalActorEntry> _actorsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PoliticalActorEntry?> _actorsBySurname = new(StringComparer.Ordinal);

    /// <summary>The shipped lists.</summary>
    public static PersonNameLexicon Default => DefaultInstance.Value;

    /// <summary>Whether the word opens personal names; <paramref name="weak"/> tells it is also an English word, a place or a month.</summary>
    public bool IsGivenName(string word, out bool weak) => _givenNames.TryGetValue(word, out weak);

    /// <summary>Whether a given name and the word after it make a place ("Hong Kong", "San Marino").</summary>
    public bool IsPlace(string first, string second) => _placeNames.Contains((first, second));

    /// <summary>The actor whose name or alias this is ("Boris N. Yeltsin", "Yasser Arafat"), compared without case, accents, dots and hyphens.</summary>
    public PoliticalActorEntry? FindActor(string name) => _actorsByName.GetValueOrDefault(Fold(name));

    /// <summary>
    /// Whether the word names an actor alone ("Yeltsin", "Arafat"); <paramref name="actor"/> is the actor when only one
    /// has that surname, null when several do.
    /// </summary>
    public bool IsActorSurname(string word, out PoliticalActorEntry? actor) => _actorsBySurname.TryGetValue(word, out actor);

    /// <summary>Builds a lexicon from the two tables.</summary>
    public static PersonNameLexicon Load(TsvTable givenNames, TsvTable actors)
    {
        var lexicon = new PersonNameLexicon();
        foreach (var row in givenNames.Rows)
        {
            var name = givenNames.Cell(row, "name");
            lexicon._givenNames[name] = givenNames.Cell(row, "weak").Length > 0;
            foreach (var second in givenNames.List(row, "places")) lexicon._placeNames.Add((name, second));
        }
        foreach (var row in actors.Rows)
        {
            var entry = new PoliticalActorEntry(
                actors.Cell(row, "name"), actors.List(row, "aliases"), actors.Cell(row, "surname"), actors.List(row, "countries"),
                actors.Cell(row, "role"), Year(actors.Cell(row, "start")), Year(actors.Cell(row, "end")));
            lexicon._actorsByName.TryAdd(Fold(entry.Name), entry);
            foreach (var alias in entry.Aliases) lexicon._actorsByName.TryAdd(Fold(alias), entry);
            if (entry.Surname.Length == 0) continue;
            // Two actors sharing a surname: it still names a person, but not which one.
            lexicon._actorsBySurname[entry.Surname] = lexicon._actorsBySurname.ContainsKey(entry.Surname) ? null : entry;
        }
        return lexicon;
    }

    private static int? Year(string cell) => int.TryParse(cell, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    /// <summary>Lower case, accents, dots and hyphens dropped, single spaces: "Moammar El-Gadhafi" is "moammar el gadhafi".</summary>
    public static string Fold(string name)
    {
        // Most names are plain ASCII: they need no Unicode decomposition, which is the costly part (names are folded
        // for every lookup while reading).
        var ascii = true;
        foreach (var c in name)
        {
            if (c >= '\u0080') { ascii = false; break; }
        }
        var decomposed = ascii ? name : name.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (c == '.' || !ascii && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (c is ' ' or '-' or '\t' or '\n' or '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static PersonNameLexicon LoadShipped()
    {
        var assembly = typeof(PersonNameLexicon).Assembly;
        TsvTable Read(string file)
        {
            using var stream = assembly.GetManifestResourceStream("Graph.Extraction.Gazetteers." + file)
                ?? throw new InvalidOperationException($"gazetteer {file} is missing from the build");
            using var reader = new StreamReader(stream);
            return TsvTable.Parse(file, reader);
        }
        return Load(Read("given-names.tsv"), Read("political-actors.tsv"));
    }
}
