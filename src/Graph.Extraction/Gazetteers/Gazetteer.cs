using System.Reflection;

namespace Graph.Extraction.Gazetteers;

/// <summary>
/// The general knowledge extraction relies on: countries, organisations, titles and speech verbs. The
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

    /// <summary>Speech verbs.</summary>
    public IReadOnlyList<SpeechVerbEntry> SpeechVerbs { get; }

    /// <summary>The shipped tables followed by user tables; a user row replaces a shipped row with the same key.</summary>
    public static Gazetteer Load(IEnumerable<TsvTable> userTables)
    {
        var countries = new SortedDictionary<string, CountryEntry>(StringComparer.Ordinal);
        var organizations = new SortedDictionary<string, OrganizationEntry>(StringComparer.Ordinal);
        var titles = new SortedDictionary<string, TitleEntry>(StringComparer.Ordinal);
        var verbs = new SortedDictionary<string, SpeechVerbEntry>(StringComparer.Ordinal);
        foreach (var table in ShippedTables().Concat(userTables))
        {
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
            else if (table.HasColumn("forms"))
            {
                foreach (var row in table.Rows)
                {
                    var verb = table.Cell(row, "verb");
                    Require(table, verb, verb);
                    verbs[verb] = new SpeechVerbEntry(verb, table.List(row, "forms"), table.Cell(row, "kind"));
                }
            }
            else
            {
                throw new FormatException($"{table.Name}: unknown gazetteer table; its header must name the columns of countries (id, iso2, name, ...), organizations (id, name, acronym, aliases), titles (title, role, kind) or speech verbs (verb, forms, kind)");
            }
        }
        return new Gazetteer(countries.Values.ToArray(), organizations.Values.ToArray(), titles.Values.ToArray(), verbs.Values.ToArray());
    }

    private static void Require(TsvTable table, string key, string name)
    {
        if (key.Length == 0 || name.Length == 0) throw new FormatException($"{table.Name}: a row has an empty key or name");
    }

    private static IEnumerable<TsvTable> ShippedTables()
    {
        var assembly = typeof(Gazetteer).Assembly;
        foreach (var file in new[] { "countries.tsv", "organizations.tsv", "titles.tsv", "speech-verbs.tsv" })
        {
            var resource = "Graph.Extraction.Gazetteers." + file;
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"gazetteer {file} is missing from the build");
            using var reader = new StreamReader(stream);
            yield return TsvTable.Parse(file, reader);
        }
    }
}
