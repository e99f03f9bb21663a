using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds organisations the gazetteer does not list, by the word that ends their name (organization-heads.tsv):
/// "Supreme Court", "Liberal Democratic Party", "China International Trust and Investment Corp", "Ministry of
/// Foreign Affairs", "the Tower commission", a country before it ("U.S. Commerce Department", "Japanese Foreign
/// Ministry"), an acronym defined in parentheses ("National Security Council (NSC)") and used bare later, and
/// national institutions that stand alone ("Congress", "the Pentagon"). Runs after the gazetteer and before
/// people, so that capitalised words of an organisation's name are never read as a person's.
/// </summary>
public sealed class OrganizationRecognizer : IExtractionStep
{
    private readonly PhraseMatcher<HeadWordEntry> _heads = new(ignoreCase: true);
    private readonly HashSet<string> _headForms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _projectHeads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _listed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Gazetteer _gazetteer;

    /// <summary>Words of a person's office: "Trade Representative's Office" is not "Representative Office".</summary>
    /// <summary>Nouns by which news describes a company before its name ("the U.K. firm X", "Dutch electronics group Y").</summary>
    private static readonly HashSet<string> CompanyDescriptors = new(StringComparer.OrdinalIgnoreCase)
    {
        "firm", "company", "group", "giant", "maker", "carrier", "conglomerate", "concern", "operator", "producer", "manufacturer",
        "lender", "insurer", "retailer", "airline", "utility", "broker", "subsidiary", "unit", "bank", "exporter", "importer",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Minister", "President", "Secretary", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman",
        "Chairwoman", "Governor", "Senator", "Sen", "Rep", "King", "Queen", "Prince", "Premier", "Chancellor", "Director",
        "Commissioner", "Envoy", "Undersecretary", "Sheikh", "Gen", "Vice", "Deputy", "Chief", "Leader",
    };

    /// <summary>
    /// Words of the names of a state's bodies that say what the body does, not whose it is: "Foreign Ministry",
    /// "Ministry of Foreign Affairs", "Central Bank", "National Assembly", "Supreme Court" exist in every country.
    /// </summary>
    private static readonly HashSet<string> PortfolioWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "affairs", "finance", "financial", "defence", "defense", "interior", "home", "justice", "trade", "commerce",
        "economy", "economic", "agriculture", "agricultural", "health", "education", "energy", "industry", "industrial", "labour",
        "labor", "environment", "transport", "transportation", "communications", "information", "culture", "tourism", "planning",
        "petroleum", "oil", "mines", "mining", "fisheries", "water", "housing", "science", "technology", "social", "external",
        "international", "central", "national", "supreme", "constitutional", "state", "federal", "reserve", "development", "security",
        "intelligence", "general", "high", "legislative", "public", "works", "budget", "customs", "immigration", "cooperation",
        "relations", "investment", "resources", "natural", "power", "electricity", "telecommunications", "railways", "aviation",
        "maritime", "armed", "air", "forces", "force", "army", "navy", "of", "and", "for", "the", "&",
    };

    /// <summary>Heads of the bodies every state has; a name made of them and portfolio words belongs to a country.</summary>
    private static readonly HashSet<string> NationalHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "bank", "parliament", "assembly", "court", "cabinet", "army", "navy", "senate", "congress", "council",
        "department", "office", "treasury", "secretariat", "directorate", "agency", "service",
    };

    private readonly PlaceCountries _places;

    /// <summary>Builds the matcher once.</summary>
    public OrganizationRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _places = new PlaceCountries(gazetteer);
        // Listed organisations by every name, without regard to case: "the Cairns group" is the Cairns Group.
        foreach (var o in gazetteer.Organizations)
        {
            foreach (var n in o.Names.Prepend(o.Name)) _listed.TryAdd(n.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? n[4..] : n, o.Id);
        }
        // Capitalised project heads: "Extended Fund Facility" is a programme, not a fund.
        foreach (var h in gazetteer.HeadWords.Where(h => h.Label == NodeLabel.Project))
        {
            foreach (var f in h.Forms) _projectHeads.Add(char.ToUpperInvariant(f[0]) + f[1..]);
        }
        foreach (var h in gazetteer.HeadWords.Where(h => h.Label == NodeLabel.Organization))
        {
            foreach (var f in h.Forms)
            {
                _heads.Add(f, h);
                _headForms.Add(f);
            }
        }
    }

    /// <summary>One organisation name read in the text.</summary>
    private sealed record Found(int Sentence, int Start, int End, string Written, string Base, string? Country, HeadWordEntry Head)
    {
        /// <summary>The name as the text writes it, with the country before it ("Iraq's Defence Ministry").</summary>
        public string Surface { get; set; } = Written;

        public string? Acronym { get; set; }
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var index = new MentionIndex(context);
        var words = CapitalizedWords.For(context);
        var found = new List<Found>();
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            NameKnownAcronyms(context, s, tokens, index);
            // Right to left, so that the last head of a name takes the words before it: "Senate Finance Committee"
            // is one committee, not the Senate and a "Finance Committee".
            var taken = new bool[tokens.Count];
            // Places whose names end in a head ("West Bank") are nobody's organisation.
            foreach (var (at, length, entry) in _heads.FindAll(tokens))
            {
                if (entry.Kind != "not") continue;
                for (var k = at; k < at + length; k++) taken[k] = true;
            }
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                var (length, head) = _heads.MatchAt(tokens, i);
                if (length == 0 || head is null || taken[i] || context.IsCovered(tokens[i].Start, tokens[i].End)) continue;
                if (Read(context, s, tokens, i, length, head, index, words, taken) is not { } f) continue;
                found.Add(f);
                for (var k = 0; k < tokens.Count; k++)
                {
                    if (tokens[k].Start >= f.Start && tokens[k].End <= f.End) taken[k] = true;
                }
            }
        }
        found = Qualify(context, found);
        var keys = Keys(found);
        foreach (var f in found)
        {
            if (_listed.TryGetValue(f.Written, out var id)) keys[f] = id;
        }
        var definitions = new Dictionary<string, (string Name, List<string> Aliases, HeadWordEntry Head)>(StringComparer.Ordinal);
        foreach (var f in found.OrderBy(f => f.Start))
        {
            var key = keys[f];
            var written = f.Written;
            if (!definitions.TryGetValue(key, out var d)) definitions[key] = d = (written, [], f.Head);
            // The fullest form is the canonical name: "U.S. Supreme Court" over "Supreme Court".
            if (written.Length > d.Name.Length) definitions[key] = d = (written, d.Aliases, d.Head);
            d.Aliases.Add(written);
            if (f.Acronym is not null) d.Aliases.Add(f.Acronym);
            // The mention leaves the country before the name to the country's own mention; its surface is the whole name.
            d.Aliases.Add(f.Surface);
            context.AddMention(new Mention(f.Start, f.End, f.Sentence, NodeLabel.Organization, key, f.Surface, MentionKind.Name, "organization.head"));
        }
        foreach (var (key, d) in definitions)
        {
            if (_gazetteer.OrganizationsById.ContainsKey(key)) continue;
            context.Define(NodeLabel.Organization, key, d.Name, [.. d.Aliases]);
            // The country of the key: any of its mentions may carry it ("Foreign Ministry" joins "China's Foreign Ministry").
            var first = found.Where(f => keys[f] == key).OrderBy(f => f.Country is null).ThenBy(f => f.Start).First();
            if (first.Country is { } country)
            {
                // "Chinese Foreign Ministry" is part of China.
                context.Facts.Add(new FactCandidate(RelationshipType.PartOf, NodeLabel.Organization, key, NodeLabel.Country, country,
                    first.Sentence, first.Start, first.End, "organization.part-of", 0.9, []));
            }
            else if (IsNational(first))
            {
                // A body every state has, of a country the text does not name: an entity of this document only, never
                // one node for the foreign ministries of many countries.
                context.Definitions[(NodeLabel.Organization, key)] = context.Definitions[(NodeLabel.Organization, key)] with { Scope = context.Document.Id };
            }
        }
        ResolveAcronyms(context, found, keys);
        ResolveShortNames(context, found, keys, words);
        ResolveAnaphors(context);
    }

    /// <summary>Words that open many companies' names and tell none apart: "General Motors Corp" is never "General".</summary>
    private static readonly HashSet<string> GenericNameWords = new(StringComparer.Ordinal)
    {
        "General", "National", "United", "International", "American", "First", "Royal", "Standard", "Union", "Federal", "Central",
        "New", "Western", "Eastern", "Northern", "Southern", "Global", "World", "Universal", "Continental", "Pacific", "Atlantic",
        "Allied", "Consolidated", "Associated", "Mutual", "Security", "Commercial", "Industrial", "Overseas", "Republic", "State",
    };

    /// <summary>
    /// "Harvell International Inc ... Harvell was up 1/8": once a company is named with its legal form or a company
    /// head, its first word alone stands for it wherever it is written by itself (not after or before another capitalised
    /// word, which would make it part of another name, such as a person's); a name joined by "and" or "of" ("Cable and
    /// Wireless Plc") stands for it without its legal form instead.
    /// </summary>
    private static void ResolveShortNames(ExtractionContext context, List<Found> found, Dictionary<Found, string> keys, CapitalizedWords words)
    {
        var shortForms = new Dictionary<string, string?>(StringComparer.Ordinal);
        var prefixes = new List<(string[] Words, string Key)>();
        foreach (var f in found.OrderBy(f => f.Start))
        {
            if (f.Head.Family != "company" || f.Country is not null) continue;
            var parts = f.Written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            // "Cable and Wireless Plc" is "Cable and Wireless", never "Cable".
            if (parts.Length > 2 && f.Head.Kind == "suffix" && parts[1..^1].Any(w => w is "and" or "&" or "of"))
            {
                prefixes.Add((parts[..^1], keys[f]));
                continue;
            }
            var first = parts[0];
            if (first.Length < 3 || !char.IsUpper(first[0]) || first.All(char.IsUpper) || GenericNameWords.Contains(first)
                || CapitalizedWords.IsStopWord(first) || words.IsWrittenInLowercase(first)) continue;
            // Two companies that open with the same word leave the word undecided.
            if (shortForms.TryGetValue(first, out var known) && known != keys[f]) shortForms[first] = null;
            else shortForms[first] = keys[f];
        }
        if (shortForms.Count == 0 && prefixes.Count == 0) return;
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                foreach (var (prefix, prefixKey) in prefixes)
                {
                    if (i + prefix.Length > tokens.Count || context.IsCovered(t.Start, t.End)) continue;
                    var matches = true;
                    for (var k = 0; k < prefix.Length && matches; k++) matches = tokens[i + k].Value == prefix[k];
                    if (!matches) continue;
                    var end = tokens[i + prefix.Length - 1].End;
                    context.AddMention(new Mention(t.Start, end, s, NodeLabel.Organization, prefixKey, context.Text[t.Start..end], MentionKind.ShortName, "organization.short-name"));
                    if (context.Definitions.ContainsKey((NodeLabel.Organization, prefixKey)))
                        context.Define(NodeLabel.Organization, prefixKey, context.Definitions[(NodeLabel.Organization, prefixKey)].Name, context.Text[t.Start..end]);
                    break;
                }
                if (!shortForms.TryGetValue(t.Value, out var key) || key is null || context.IsCovered(t.Start, t.End)) continue;
                if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && !CapitalizedWords.IsStopWord(tokens[i - 1].Value)) continue;
                if (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized) continue;
                context.AddMention(new Mention(t.Start, t.End, s, NodeLabel.Organization, key, t.Value, MentionKind.ShortName, "organization.short-name"));
                if (context.Definitions.ContainsKey((NodeLabel.Organization, key))) context.Define(NodeLabel.Organization, key, context.Definitions[(NodeLabel.Organization, key)].Name, t.Value);
            }
        }
    }

    /// <summary>
    /// Reads the organisation whose head is at token <paramref name="i"/>: the capitalised words before it, a
    /// country before them, and "of ..." after it. Null when the head ends no name.
    /// </summary>
    private Found? Read(ExtractionContext context, int s, List<Token> tokens, int i, int length, HeadWordEntry head, MentionIndex index, CapitalizedWords words, bool[] taken)
    {
        var last = i + length - 1;
        var capitalised = tokens[i].IsCapitalized && tokens[last].IsCapitalized;
        if (!capitalised && head.Kind != "lower") return null;
        // "Co-operation" is not a company.
        if (last + 1 < tokens.Count && tokens[last + 1].Value == "-" && tokens[last + 1].Start == tokens[last].End) return null;
        // A head inside a longer name of something else: a project ("Extended Fund Facility") or a title ("U.S.
        // Treasury Secretary James Baker").
        if (last + 1 < tokens.Count && (_projectHeads.Contains(tokens[last + 1].Value)
            || head.Kind is "institution" or "standalone" && RoleWords.Contains(tokens[last + 1].Value) && tokens[last + 1].IsCapitalized)) return null;
        // "the Nordic International Ferry Route": a word that ends a company's or a group's name ends
        // nothing when the capitalised name goes on after it.
        if (head.Kind == "name" && head.Family is "company" or "group" && last + 1 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].IsCapitalized
            && !CapitalizedWords.IsStopWord(tokens[last + 1].Value) && !RoleWords.Contains(tokens[last + 1].Value)) return null;
        for (var k = i; k <= last; k++)
        {
            if (taken[k]) return null;
        }
        var (start, nameWords, headWords) = LeftName(context, tokens, i, words, taken);
        var (qualifier, qualifierStart, possessive) = Qualifier(tokens, start, index);
        var end = last + 1;
        switch (head.Kind)
        {
            case "not":
                return null;
            case "standalone":
                break;
            case "suffix":
                if (nameWords == 0) return null;
                // "Oki Electric Industry Co Ltd": a legal form may follow another.
                while (end < tokens.Count && _heads.MatchAt(tokens, end) is { Length: > 0, Value.Kind: "suffix" } more && tokens[end].IsCapitalized) end += more.Length;
                break;
            default:
                if (!capitalised)
                {
                    // "the Tower commission": a lower-case head needs a capitalised name right before it that is not
                    // itself an institution ("a Senate committee" is no name).
                    if (nameWords == 0 || nameWords == headWords || !tokens[i - 1].IsCapitalized || Acronyms.IsAcronym(tokens[i - 1])) return null;
                }
                else
                {
                    end = Continuation(context, tokens, end, index, words, taken);
                }
                var institution = head.Kind == "institution" && qualifier is { Label: NodeLabel.Country } && !possessive;
                if (nameWords == 0 && end == last + 1 && !institution) return null;
                break;
        }
        var nameStart = nameWords > 0 ? tokens[start].Start : tokens[i].Start;
        var nameEnd = tokens[end - 1].End;
        var baseName = Normalise(context.Text[nameStart..nameEnd]);
        string written;
        string? country = qualifier is { Label: NodeLabel.Country } ? qualifier.Key : null;
        if (qualifier is null)
        {
            written = baseName;
        }
        else if (possessive)
        {
            // "Iraq's Defence Ministry" becomes "Iraqi Defence Ministry", so that two countries' ministries stay apart
            // and the same ministry gets the same name in every document.
            var demonym = country is not null && _gazetteer.CountriesById.TryGetValue(country, out var c) && c.Demonyms.Count > 0 ? c.Demonyms[0] : null;
            written = demonym is not null ? demonym + " " + baseName : Normalise(context.Text[tokens[qualifierStart].Start..nameEnd]);
        }
        else
        {
            written = Normalise(context.Text[tokens[qualifierStart].Start..nameEnd]);
            // A company named after its country ("China International Trust and Investment Corp") or a body named
            // after the organisation it belongs to ("EC Executive Commission") keeps it in its base name; a country
            // that only says whose body it is ("U.S. Supreme Court") does not.
            if (qualifier.Label == NodeLabel.Organization || qualifier.Kind == MentionKind.Name && head.Kind == "suffix") baseName = written;
        }
        var found = new Found(s, nameStart, nameEnd, written, baseName, country, head)
        {
            Surface = Normalise(context.Text[(qualifier is null ? nameStart : tokens[qualifierStart].Start)..nameEnd]),
        };
        // An acronym defined in parentheses: "National Security Council (NSC)" or "NSC (National Security Council)".
        var acronymAt = end < tokens.Count - 2 && tokens[end].Value == "(" && tokens[end + 2].Value == ")" ? end + 1
            : start >= 2 && qualifier is null && tokens[start - 1].Value == "(" && end < tokens.Count && tokens[end].Value == ")" ? start - 2 : -1;
        if (acronymAt >= 0 && Acronyms.IsAcronym(tokens[acronymAt]) && !context.IsCovered(tokens[acronymAt].Start, tokens[acronymAt].End)
            && Acronyms.Abbreviates(tokens[acronymAt].Value, written))
        {
            found.Acronym = tokens[acronymAt].Value;
        }
        return found;
    }

    /// <summary>
    /// The capitalised words before a head: "Liberal Democratic", "China International Trust and Investment",
    /// "Export-Import". Returns the first token, how many name words there are, and how many of them are heads.
    /// </summary>
    private (int Start, int Words, int Heads) LeftName(ExtractionContext context, List<Token> tokens, int head, CapitalizedWords words, bool[] taken)
    {
        var start = head;
        var count = 0;
        var heads = 0;
        for (var j = head - 1; j >= 0; j--)
        {
            var t = tokens[j];
            if (taken[j] || context.IsCovered(t.Start, t.End)) break;
            // "Export-Import Bank", "South-east": a hyphen joined to the words on both sides; but "White
            // House-Congress talks" join two bodies.
            if (t.Value == "-" && j > 0 && tokens[j - 1].End == t.Start && tokens[j + 1].Start == t.End)
            {
                if (_heads.MatchAt(tokens, j - 1).Length > 0 || _headForms.Contains(tokens[j - 1].Value)) break;
                continue;
            }
            if (j > 0 && tokens[j - 1].Value == "-" && tokens[j - 1].End == t.Start && t.IsWord && char.IsLower(t.Value[0]) && !IsParticiple(t.Value)) continue;
            if ((words.IsNameWord(tokens, j) || Acronyms.IsAcronym(t)) && !RoleWords.Contains(t.Value))
            {
                start = j;
                count++;
                if (_headForms.Contains(t.Value)) heads++;
                continue;
            }
            var before = j > 0 ? tokens[j - 1] : default;
            var beforeFree = j > 0 && !taken[j - 1] && !context.IsCovered(before.Start, before.End);
            // "Trade and Industry Ministry", but not "Toshiba Corp and Fujitsu Ltd".
            if (t.Value is "and" or "&" && count > 0 && beforeFree && !_headForms.Contains(before.Value) && words.IsNameWord(tokens, j - 1)) continue;
            // "House of Representatives Appropriations Committee", "Bank of Japan Policy Board".
            if (t.Value == "of" && count > 0 && beforeFree && before.IsCapitalized && _headForms.Contains(before.Value)) continue;
            // "Barclays de Zoete Wedd Ltd".
            if (t.Value is "de" or "van" or "von" or "du" or "da" or "del" or "al" && count > 0 && beforeFree && words.IsNameWord(tokens, j - 1)) continue;
            break;
        }
        // "U.K. Firm Cable and Wireless Plc": after an abbreviation, a first word the document also writes in lower
        // case, or a noun by which news describes a company, is the newswire's capital, not part of the name.
        // So is "Ruling" in "Ruling Liberal Democratic Party", wherever it stands.
        if (count > 1 && (words.IsWrittenInLowercase(tokens[start].Value) || CompanyDescriptors.Contains(tokens[start].Value))
            && (CapitalizedWords.IsAfterAbbreviation(tokens, start) || tokens[start].Value.EndsWith("ing", StringComparison.Ordinal)))
        {
            var next = start + 1;
            while (next < head && !words.IsNameWord(tokens, next) && !Acronyms.IsAcronym(tokens[next])) next++;
            if (next < head)
            {
                start = next;
                count--;
            }
        }
        return (start, count, heads);
    }

    /// <summary>A country or organisation just before the name ("U.S.", "Japanese", "Iraq's", "EC"), if any.</summary>
    private static (Mention? Mention, int Start, bool Possessive) Qualifier(List<Token> tokens, int start, MentionIndex index)
    {
        var q = start - 1;
        if (q >= 0 && index.EndingAt(tokens, q) is { } e && e.Mention.Kind is MentionKind.Name or MentionKind.Demonym or MentionKind.Capital) return (e.Mention, e.First, false);
        if (q >= 1 && tokens[q].Value is "'s" or "\u2019s" && index.EndingAt(tokens, q - 1) is { Mention.Label: NodeLabel.Country } p
            && p.Mention.Kind is MentionKind.Name)
        {
            return (p.Mention, p.First, true);
        }
        return (null, start, false);
    }

    /// <summary>
    /// "of ..." after a head: "Ministry of Foreign Affairs", "Department of State", "Bank of Japan". Returns the
    /// token after the name.
    /// </summary>
    private static int Continuation(ExtractionContext context, List<Token> tokens, int end, MentionIndex index, CapitalizedWords words, bool[] taken)
    {
        if (end >= tokens.Count - 1 || tokens[end].Value is not ("of" or "for" or "on")) return end;
        var m = end + 1;
        if (tokens[m].Value == "the" && m + 1 < tokens.Count) m++;
        if (index.StartingAt(tokens, m) is { Mention.Label: NodeLabel.Country } country) return m + country.Length;
        var count = 0;
        var last = end;
        for (; m < tokens.Count; m++)
        {
            var t = tokens[m];
            if (taken[m] || context.IsCovered(t.Start, t.End)) break;
            if (words.IsNameWord(tokens, m) || Acronyms.IsAcronym(t))
            {
                count++;
                last = m + 1;
                continue;
            }
            if (t.Value is "and" or "&" or "-" or "'s" or "\u2019s" && count > 0) continue;
            if (m > 0 && tokens[m - 1].Value == "-" && tokens[m - 1].End == t.Start && t.IsWord && count > 0)
            {
                last = m + 1;
                continue;
            }
            break;
        }
        return count > 0 ? last : end;
    }

    /// <summary>
    /// A name defined by the acronym of a listed organisation names that organisation, whatever its spelling:
    /// "General Agreement of Tariffs and Trade (GATT)".
    /// </summary>
    private static void NameKnownAcronyms(ExtractionContext context, int s, List<Token> tokens, MentionIndex index)
    {
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i - 1].Value != "(" || tokens[i + 1].Value != ")") continue;
            if (index.StartingAt(tokens, i) is not { Mention.Label: NodeLabel.Organization, Length: 1 } org) continue;
            var start = i - 1;
            var words = 0;
            for (var j = i - 2; j >= 0; j--)
            {
                var t = tokens[j];
                if (context.IsCovered(t.Start, t.End)) break;
                if (t.IsCapitalized && t.IsWord) { start = j; words++; continue; }
                if (t.Value is "of" or "and" or "on" or "for" or "the" && words > 0) continue;
                // "South-east Asian Nations".
                if (t.Value == "-" || j > 0 && tokens[j - 1].Value == "-" && tokens[j - 1].End == t.Start && t.IsWord) continue;
                break;
            }
            if (words < 2) continue;
            var surface = context.Text[tokens[start].Start..tokens[i - 2].End];
            if (!Acronyms.Abbreviates(tokens[i].Value, surface)) continue;
            context.AddMention(new Mention(tokens[start].Start, tokens[i - 2].End, s, NodeLabel.Organization, org.Mention.Key, surface, MentionKind.Name, "organization.acronym"));
        }
    }

    /// <summary>Whether a name is that of a body every state has ("Foreign Ministry", "Central Bank", "Parliament").</summary>
    private static bool IsNational(Found f)
    {
        if (!NationalHeads.Contains(f.Head.Head)) return false;
        var words = f.Base.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => PortfolioWords.Contains(w) || w.Equals(f.Head.Head, StringComparison.OrdinalIgnoreCase)
            || f.Head.Forms.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A national body the text does not qualify is the one of the country it is placed in ("a Foreign Ministry
    /// spokesman in Santiago"), else of the dateline's country ("ROME (Reuters) - The Foreign Ministry said"), unless
    /// another mention in the document qualifies it (then <see cref="Keys"/> joins them).
    /// </summary>
    private List<Found> Qualify(ExtractionContext context, List<Found> found)
    {
        var qualifiedBases = found.Where(f => f.Country is not null).Select(f => f.Base.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var dateline = context.Document.Layout.Dateline is { } place ? _places.CountryOf(place, context.Document.Date) : null;
        var result = new List<Found>(found.Count);
        foreach (var f in found)
        {
            if (f.Country is not null || !IsNational(f) || qualifiedBases.Contains(f.Base.ToLowerInvariant()))
            {
                result.Add(f);
                continue;
            }
            var country = PlacedIn(context, f) ?? dateline;
            if (country is null || !_gazetteer.CountriesById.TryGetValue(country, out var entry) || entry.Demonyms.Count == 0)
            {
                result.Add(f);
                continue;
            }
            result.Add(new Found(f.Sentence, f.Start, f.End, entry.Demonyms[0] + " " + f.Base, f.Base, country, f.Head) { Surface = f.Surface, Acronym = f.Acronym });
        }
        return result;
    }

    /// <summary>"the Foreign Ministry in Santiago", "a Foreign Ministry spokesman in Lima": the country of the place named right after.</summary>
    private string? PlacedIn(ExtractionContext context, Found f)
    {
        var tokens = context.Tokens[f.Sentence];
        var k = tokens.FindIndex(t => t.Start >= f.End);
        if (k < 0) return null;
        // Past at most two words of a role ("spokesman", "official").
        for (var n = 0; n < 2 && k < tokens.Count && tokens[k].IsWord && char.IsLower(tokens[k].Value[0]) && tokens[k].Value != "in"; n++) k++;
        if (k + 1 >= tokens.Count || tokens[k].Value != "in") return null;
        // A capital after "in" is a place, not a mention of its government, so it is read here from the words.
        var end = k + 1;
        while (end < tokens.Count && end - k <= 3 && tokens[end].IsWord && tokens[end].IsCapitalized) end++;
        for (var e = end; e > k + 1; e--)
        {
            if (_places.CountryOf(context.Text[tokens[k + 1].Start..tokens[e - 1].End], context.Document.Date) is { } country) return country;
        }
        return null;
    }

    /// <summary>
    /// Keys: the base name and the country it belongs to. A bare "Foreign Ministry" or "Congress" joins the one
    /// organisation of that base name that a country qualifies, when there is exactly one.
    /// </summary>
    private static Dictionary<Found, string> Keys(List<Found> found)
    {
        static string Key(string? country, string baseName) => "named/" + (country ?? "") + "/" + baseName.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal);
        var qualified = found.Where(f => f.Country is not null).GroupBy(f => f.Base.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Select(f => f.Country).Distinct().ToList());
        var keys = new Dictionary<Found, string>(ReferenceEqualityComparer.Instance);
        foreach (var f in found)
        {
            var country = f.Country;
            if (country is null && qualified.TryGetValue(f.Base.ToLowerInvariant(), out var countries) && countries.Count == 1) country = countries[0];
            keys[f] = Key(country, f.Base);
        }
        return keys;
    }

    /// <summary>Bare acronyms defined elsewhere in the document: "the NSC staff".</summary>
    private static void ResolveAcronyms(ExtractionContext context, List<Found> found, Dictionary<Found, string> keys)
    {
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            if (f.Acronym is not null) acronyms.TryAdd(f.Acronym, keys[f]);
        }
        if (acronyms.Count == 0) return;
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            foreach (var t in context.Tokens[s])
            {
                if (!acronyms.TryGetValue(t.Value, out var key) || context.IsCovered(t.Start, t.End)) continue;
                context.AddMention(new Mention(t.Start, t.End, s, NodeLabel.Organization, key, t.Value, MentionKind.Name, "organization.acronym"));
            }
        }
    }

    /// <summary>
    /// "the commission", "The Ministry": the last organisation named before with that head, whether found here
    /// or listed in the gazetteer ("EC Commission" ... "the Commission").
    /// </summary>
    private void ResolveAnaphors(ExtractionContext context)
    {
        var named = context.Mentions.Where(m => m.Label == NodeLabel.Organization && m.Kind == MentionKind.Name)
            .Select(m => (m.Start, m.Key, Head: LastWord(_gazetteer.OrganizationsById.TryGetValue(m.Key, out var listed) ? listed.Name : m.Surface, m.Surface)))
            .OrderBy(m => m.Start).ToList();
        if (named.Count == 0) return;
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            for (var i = 1; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (tokens[i - 1].Value is not ("the" or "The") || context.IsCovered(t.Start, t.End)) continue;
                if (_heads.MatchAt(tokens, i) is not { Length: 1, Value: { Anaphor: true } head }) continue;
                // "the Commission of ..." would be a name, not a reference back.
                if (i + 1 < tokens.Count && tokens[i + 1].Value is "of" or "for" or "on") continue;
                var antecedent = named.LastOrDefault(m => m.Start < t.Start && m.Head.Contains(head.Head, StringComparer.OrdinalIgnoreCase));
                if (antecedent.Key is null) continue;
                context.AddMention(new Mention(t.Start, t.End, s, NodeLabel.Organization, antecedent.Key, t.Value, MentionKind.ShortName, "organization.anaphor"));
            }
        }
    }

    /// <summary>The last words of a name and of its surface, lower case: what "the commission" can point back to.</summary>
    private static string[] LastWord(string name, string surface) =>
        [name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant(), surface[(surface.LastIndexOf(' ') + 1)..].ToLowerInvariant()];

    /// <summary>"Democratic-controlled", "Reagan-appointed": a participle after a hyphen describes the name, it is not part of it.</summary>
    private static bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word is "run" or "made" or "born" or "led";

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
