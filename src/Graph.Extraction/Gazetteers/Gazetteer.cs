using Graph.Model;
using System.Reflection;

namespace Graph.Extraction.Gazetteers;

/// <summary>
/// The general knowledge extraction relies on: countries, organisations, titles, speech verbs, known conflicts
/// and the head words that end names of organisations and projects. The
/// shipped tables are embedded in the assembly; users add or override entries with their own tables
/// in the same format (a table's kind is told by its columns).
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(() => Load([]));

    private Gazetteer(
        IReadOnlyList<CountryEntry> countries,
        IReadOnlyList<OrganizationEntry> organizations,
        IReadOnlyList<TitleEntry> titles,
        IReadOnlyList<SpeechVerbEntry> speechVerbs)
    {
        Countries = countries;
        Organizations = organizations;
        Titles = titles;
        SpeechVerbs = speechVerbs;
        CountriesById = countries.ToDictionary(c => c.Id, StringComparer.Ordinal);
        OrganizationsById = organizations.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>The shipped gazetteer.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Countries, sorted by id.</summary>
    public IReadOnlyList<CountryEntry> Countries { get; }

    /// <summary>Countries by id.</summary>
    public IReadOnlyDictionary<string, CountryEntry> CountriesById { get; }

    /// <summary>Organisations, sorted by id.</summary>
    public IReadOnlyList<OrganizationEntry> Organizations { get; }

    /// <summary>Organisations by id.</summary>
    public IReadOnlyDictionary<string, OrganizationEntry> OrganizationsById { get; }

    /// <summary>Titles and roles.</summary>
    public IReadOnlyList<TitleEntry> Titles { get; }

    /// <summary>Every form of every speech verb, matched case-insensitively; built once and shared by the steps that read speech.</summary>
    public Text.PhraseMatcher<SpeechVerbEntry> SpeechVerbMatcher => _speechVerbMatcher ??= BuildSpeechVerbMatcher();

    private Text.PhraseMatcher<SpeechVerbEntry>? _speechVerbMatcher;

    private Text.PhraseMatcher<SpeechVerbEntry> BuildSpeechVerbMatcher()
    {
        var matcher = new Text.PhraseMatcher<SpeechVerbEntry>(ignoreCase: true);
        foreach (var v in SpeechVerbs)
        {
            foreach (var f in v.Forms) matcher.Add(f, v);
        }
        return matcher;
    }

    /// <summary>Phrases that state support or commitment.</summary>
    public IReadOnlyList<StancePredicateEntry> StancePredicates { get; private init; } = [];

    /// <summary>Speech verbs.</summary>
    public IReadOnlyList<SpeechVerbEntry> SpeechVerbs { get; }

    /// <summary>Well-known wars and conflicts, sorted by id.</summary>
    public IReadOnlyList<ConflictEntry> Conflicts { get; private init; } = [];

    /// <summary>Capitals of former states, by the last year they were (for documents dated up to then).</summary>
    public IReadOnlyList<FormerCapitalEntry> FormerCapitals { get; private init; } = [];

    /// <summary>Head words of organisation and project names, and standalone institution names.</summary>
    public IReadOnlyList<HeadWordEntry> HeadWords { get; private init; } = [];

    /// <summary>The shipped tables followed by user tables; a user row replaces a shipped row with the same key.</summary>
    public static Gazetteer Load(IEnumerable<TsvTable> userTables)
    {
        var countries = new SortedDictionary<string, CountryEntry>(StringComparer.Ordinal);
        var organizations = new SortedDictionary<string, OrganizationEntry>(StringComparer.Ordinal);
        var titles = new SortedDictionary<string, TitleEntry>(StringComparer.Ordinal);
        var verbs = new SortedDictionary<string, SpeechVerbEntry>(StringComparer.Ordinal);
        var conflicts = new SortedDictionary<string, ConflictEntry>(StringComparer.Ordinal);
        var heads = new SortedDictionary<string, HeadWordEntry>(StringComparer.Ordinal);
        var stances = new SortedDictionary<string, StancePredicateEntry>(StringComparer.Ordinal);
        var formerCapitals = new SortedDictionary<string, FormerCapitalEntry>(StringComparer.Ordinal);
        foreach (var table in ShippedTables().Concat(userTables))
        {
            if (table.HasColumn("capital") && table.HasColumn("until"))
            {
                foreach (var row in table.Rows)
                {
                    var capital = table.Cell(row, "capital");
                    var id = table.Cell(row, "id").ToUpperInvariant();
                    Require(table, id, capital);
                    formerCapitals[capital + "/" + id] = new FormerCapitalEntry(capital, id, Year(table, row, "until")
                        ?? throw new FormatException($"{table.Name}: the former capital '{capital}' has no year in column until"));
                }
                continue;
            }
            if (table.HasColumn("iso2"))
            {
                foreach (var row in table.Rows)
                {
                    var id = table.Cell(row, "id").ToUpperInvariant();
                    var name = table.Cell(row, "name");
                    Require(table, id, name);
                    var names = table.List(row, "official").Concat(table.List(row, "aliases")).Where(n => n != name).Distinct(StringComparer.Ordinal).ToArray();
                    countries[id] = new CountryEntry(id, table.Cell(row, "iso2"), name, names, table.List(row, "demonyms"), table.List(row, "capitals"));
                }
            }
            else if (table.HasColumn("acronym"))
            {
                foreach (var row in table.Rows)
                {
                    var id = table.Cell(row, "id");
                    var name = table.Cell(row, "name");
                    Require(table, id, name);
                    organizations[id] = new OrganizationEntry(id, name, table.Cell(row, "acronym"), table.List(row, "aliases"));
                }
            }
            else if (table.HasColumn("role"))
            {
                foreach (var row in table.Rows)
                {
                    var title = table.Cell(row, "title").ToLowerInvariant();
                    Require(table, title, title);
                    titles[title] = new TitleEntry(title, table.Cell(row, "role"), table.Cell(row, "kind"));
                }
            }
            else if (table.HasColumn("relation") && table.HasColumn("phrase"))
            {
                if (!table.HasColumn("kind") || !table.HasColumn("forms"))
                {
                    throw new FormatException($"{table.Name}: a stance predicate table has the columns phrase, kind, relation, forms, cameo, source (the older phrase/relation/form table is no longer read; see src/Graph.Extraction/Gazetteers/README.md)");
                }
                foreach (var row in table.Rows)
                {
                    var phrase = table.Cell(row, "phrase").ToLowerInvariant();
                    Require(table, phrase, phrase);
                    var stance = table.Cell(row, "relation") switch
                    {
                        "SUPPORTS" => StanceClass.Supports,
                        "COMMITTED_TO" => StanceClass.CommittedTo,
                        "OPPOSES" => StanceClass.Opposes,
                        "NEGATES" => StanceClass.Negates,
                        var other => throw new FormatException($"{table.Name}: relation '{other}' for '{phrase}' must be SUPPORTS, COMMITTED_TO, OPPOSES or NEGATES"),
                    };
                    var kind = table.Cell(row, "kind") switch
                    {
                        "verb" => StancePredicateKind.Verb,
                        "noun" => StancePredicateKind.Noun,
                        "adjective" => StancePredicateKind.Adjective,
                        var other => throw new FormatException($"{table.Name}: kind '{other}' for '{phrase}' must be verb, noun or adjective"),
                    };
                    var forms = table.List(row, "forms").Select(f => f.ToLowerInvariant()).ToArray();
                    var first = phrase.Split(' ')[0];
                    if (!forms.Contains(first)) forms = [first, .. forms];
                    // One row per phrase and kind: "resolve to" the verb and "resolve to" the noun are two predicates.
                    stances[phrase + "\t" + kind.ToString()] = new StancePredicateEntry(phrase, kind, stance, forms, table.HasColumn("cameo") ? table.Cell(row, "cameo") : "");
                }
            }
            else if (table.HasColumn("forms"))
            {
                foreach (var row in table.Rows)
                {
                    var verb = table.Cell(row, "verb");
                    Require(table, verb, verb);
                    verbs[verb] = new SpeechVerbEntry(verb, table.List(row, "forms"), table.Cell(row, "kind"));
                }
            }
            else if (table.HasColumn("countries") && table.HasColumn("name"))
            {
                foreach (var row in table.Rows)
                {
                    var id = table.Cell(row, "id");
                    var name = table.Cell(row, "name");
                    Require(table, id, name);
                    conflicts[id] = new ConflictEntry(id, name, table.List(row, "aliases"),
                        table.List(row, "countries").Select(c => c.ToUpperInvariant()).ToArray(), table.Cell(row, "kind"),
                        Year(table, row, "start") ?? 0, Year(table, row, "end"));
                }
            }
            else if (table.HasColumn("head") && table.HasColumn("label"))
            {
                foreach (var row in table.Rows)
                {
                    var head = table.Cell(row, "head").ToLowerInvariant();
                    Require(table, head, head);
                    if (!Enum.TryParse<NodeLabel>(table.Cell(row, "label"), out var label) || label is not (NodeLabel.Organization or NodeLabel.Project))
                    {
                        throw new FormatException($"{table.Name}: head '{head}' has label '{table.Cell(row, "label")}'; it must be Organization or Project");
                    }
                    heads[label + "/" + head] = new HeadWordEntry(head, label, table.Cell(row, "kind"), table.Cell(row, "family"),
                        table.Cell(row, "anaphor") is "yes", table.List(row, "variants"));
                }
            }
            else
            {
                throw new FormatException($"{table.Name}: unknown gazetteer table; its header must name the columns of countries (id, iso2, name, ...), organizations (id, name, acronym, aliases), titles (title, role, kind), speech verbs (verb, forms, kind), stance predicates (phrase, kind, relation, forms, cameo, source), conflicts (id, name, aliases, countries, kind, start, end) head words (head, label, kind, family, anaphor, variants) or former capitals (capital, id, until)");
            }
        }
        return new Gazetteer(countries.Values.ToArray(), organizations.Values.ToArray(), titles.Values.ToArray(), verbs.Values.ToArray())
        {
            StancePredicates = stances.Values.ToArray(),
            Conflicts = conflicts.Values.ToArray(),
            HeadWords = heads.Values.ToArray(),
            FormerCapitals = formerCapitals.Values.ToArray(),
        };
    }

    private static int? Year(TsvTable table, string[] row, string column)
    {
        var cell = table.Cell(row, column);
        if (cell.Length == 0) return null;
        return int.TryParse(cell, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new FormatException($"{table.Name}: '{cell}' in column {column} is not a year");
    }

    private static void Require(TsvTable table, string key, string name)
    {
        if (key.Length == 0 || name.Length == 0) throw new FormatException($"{table.Name}: a row has an empty key or name");
    }

    private static IEnumerable<TsvTable> ShippedTables()
    {
        var assembly = typeof(Gazetteer).Assembly;
        foreach (var file in new[] { "countries.tsv", "organizations.tsv", "titles.tsv", "speech-verbs.tsv", "stance-predicates.tsv", "conflicts.tsv", "organization-heads.tsv", "project-heads.tsv", "former-capitals.tsv" })
        {
            var resource = "Graph.Extraction.Gazetteers." + file;
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"gazetteer {file} is missing from the build");
            using var reader = new StreamReader(stream);
            yield return TsvTable.Parse(file, reader);
        }
    }
}
