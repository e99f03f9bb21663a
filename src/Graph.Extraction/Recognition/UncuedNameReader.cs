using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Recognises people named without a title, honorific or speech verb, from what is known of names in general:
/// a leader or official of the Phoenix dictionary ("Alexander Lebed", "Yeltsin"), a given name followed by a
/// capitalised word ("Randall Cunningham", "Jansher Khan"), or initials followed by one ("P. Simmons"). A given
/// name that is also an English word or a place ("Mark", "Jordan") counts only before a word the document never
/// writes in lower case, so "Grant Aid" stays words and "Mark Butcher" does not (the document never writes "butcher").
/// </summary>
internal sealed class UncuedNameReader(PersonNameLexicon names)
{
    /// <summary>Whether the word is a given name that is not also a common word or place.</summary>
    public bool IsStrongGivenName(string word) => names.IsGivenName(word, out var weak) && !weak;

    /// <summary>
    /// Tries the name of <paramref name="length"/> tokens read at <paramref name="index"/>; registers the person and
    /// returns the index after the name, or null when nothing marks it as a person's.
    /// </summary>
    public int? Introduce(ExtractionContext context, int sentence, List<Token> tokens, int index, int length, CapitalizedWords vocabulary)
    {
        var words = PersonRecognizer.WordCount(tokens, index, length);
        if (NamesSomethingElse(tokens, index, length)) return null;
        // A known leader or official: the longest stretch from here that the dictionary lists.
        if (words >= 2)
        {
            for (var l = length; l >= 2; l--)
            {
                if (!tokens[index + l - 1].IsWord) continue;
                if (names.FindActor(NameReader.Text(context.Text, tokens, index, l)) is not { } actor) continue;
                var person = PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, l, "person.actor");
                RecordCountry(context, person, actor);
                return index + l;
            }
        }
        var first = tokens[index];
        // "P. Simmons", "J.R. Ewing": initials and a surname.
        if (IsInitial(tokens, index) && length >= 3 && !IsCompassAbbreviation(context, tokens, index) && words >= 2 && !IsInitial(tokens, index + length - 2) && tokens[index + length - 1].Value.Length >= 2
            && !IsAllCaps(tokens[index + length - 1].Value))
        {
            PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, length, "person.initials");
            return index + length;
        }
        // "Randall Cunningham", "Muammar Gaddafi", "Hun Sen": a given name and at least one more word of a name.
        if (words >= 2 && names.IsGivenName(first.Value, out var weak) && !IsAllCaps(first.Value))
        {
            var next = tokens[index + 1];
            if (names.IsPlace(first.Value, next.Value) || ToponymPrefixes.Contains(first.Value)) return null;
            // "Grant" where the document also writes "grant" is the word.
            if (weak && vocabulary.IsWrittenInLowercase(first.Value)) return null;
            if (weak && (!next.IsWord || vocabulary.IsWrittenInLowercase(next.Value) || names.IsGivenName(next.Value, out var nextWeak) && nextWeak)) return null;
            // "Jordan Valley", "Chelsea Harbour": the last word is a common word in this document.
            var lastAt = index + length - 1;
            while (lastAt > index && !tokens[lastAt].IsCapitalized) lastAt--;
            var last = tokens[lastAt];
            if (vocabulary.IsWrittenInLowercase(last.Value) && !names.IsActorSurname(last.Value, out _)) return null;
            // '"Star Wars"', "'Desert Storm'": words set in quotes by themselves are a title or a nickname, not a name.
            if (index > 0 && index + length < tokens.Count && IsQuote(tokens[index - 1].Value) && IsQuote(tokens[index + length].Value)) return null;
            PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, length, "person.given-name");
            return index + length;
        }
        // "Venuste Niyongabo", "Fulgencio Batista": unknown words before a surname the dictionary lets stand alone.
        if (words >= 2 && names.IsActorSurname(tokens[index + length - 1].Value, out _) && !IsAllCaps(first.Value) && !vocabulary.IsWrittenInLowercase(first.Value))
        {
            // "Ombudsman Imani Baraka": an unknown office before a given name is no part of the name.
            var skip = LeadingNonNameWords(tokens, index, length, vocabulary);
            PersonRecognizer.IntroduceSpan(context, sentence, tokens, index + skip, length - skip, "person.actor-surname");
            return index + length;
        }
        // "Yeltsin", "Arafat": a surname the dictionary lets stand alone, when nothing else claims the word.
        if (words == 1 && length == 1 && names.IsActorSurname(first.Value, out var only) && !IsAllCaps(first.Value))
        {
            var person = PersonRecognizer.IntroduceSpan(context, sentence, tokens, index, 1, "person.actor-surname");
            if (only is not null) RecordCountry(context, person, only);
            return index + 1;
        }
        return null;
    }

    /// <summary>
    /// The actor's country becomes the person's affiliation when there is one, the document falls in the actor's years
    /// and the document names that country.
    /// </summary>
    private static void RecordCountry(ExtractionContext context, PersonRegistry.PersonRecord person, PoliticalActorEntry actor)
    {
        if (actor.Countries.Count != 1) return;
        if (context.Document.Date is { } date && (actor.Start is { } start && date.Year < start || actor.End is { } end && date.Year > end)) return;
        if (!context.Gazetteer.CountriesById.ContainsKey(actor.Countries[0])) return;
        // Only a country the document names: the dictionary tells whom the person serves, not what the text is about.
        var named = false;
        foreach (var m in context.Mentions)
        {
            if (m.Label == NodeLabel.Country && m.Key == actor.Countries[0]) { named = true; break; }
        }
        if (!named) return;
        person.AddRole(new PersonRole("", NodeLabel.Country, actor.Countries[0]));
    }

    /// <summary>
    /// How many words at the start of a capitalised stretch are not part of the person's name: words the document
    /// also writes in lower case ("Economist", "Broker", "Judge") and anything before a given name that is itself no
    /// given name ("Chicago Cardinal Joseph Bernardin", "Federal Reserve Governor Lawrence Lindsey"). At least one word stays.
    /// </summary>
    public int LeadingNonNameWords(List<Token> tokens, int index, int length, CapitalizedWords vocabulary)
    {
        var skip = 0;
        while (skip < length - 1 && tokens[index + skip].IsWord && vocabulary.IsWrittenInLowercase(tokens[index + skip].Value)
            && !names.IsGivenName(tokens[index + skip].Value, out _) && tokens[index + skip + 1].IsCapitalized) skip++;
        for (var k = skip + 1; k < length; k++)
        {
            var t = tokens[index + k];
            if (!t.IsWord || !t.IsCapitalized || !names.IsGivenName(t.Value, out var weak)) continue;
            if (weak && (k + 1 >= length || vocabulary.IsWrittenInLowercase(tokens[index + k + 1].Value))) continue;
            for (var j = skip; j < k; j++)
            {
                if (tokens[index + j].IsWord && names.IsGivenName(tokens[index + j].Value, out _)) return skip;
            }
            return k;
        }
        return skip;
    }

    /// <summary>
    /// Whether the words read as a name end in, or are followed by, a word of an organisation's, a publication's or a
    /// place's name: "Johnson Controls", "Jones Medical", "McDonald &amp; Co", "Charles de Gaulle airport", "Der Spiegel".
    /// </summary>
    public static bool NamesSomethingElse(List<Token> tokens, int index, int length)
    {
        if (Articles.Contains(tokens[index].Value)) return true;
        for (var j = index + 1; j < index + length; j++)
        {
            if (OrganizationWords.Contains(tokens[j].Value)) return true;
        }
        var after = index + length;
        if (after >= tokens.Count) return false;
        var next = tokens[after].Value;
        // "Charles de Gaulle's airport" is a place's name, but "Hosni Mubarak's government", "Dole's campaign" and
        // "Yeltsin's family" are a person's.
        return next is "&" || OrganizationWords.Contains(next) || FacilityWords.Contains(next)
            || Entourage.Contains(next)
            || next is "'s" or "’s" && after + 1 < tokens.Count && FacilityWords.Contains(tokens[after + 1].Value);
    }

    /// <summary>
    /// Words of what belongs to a person: "the Reagan administration" names the administration, but after a possessive
    /// ("Reagan's administration") the name before them is a person's.
    /// </summary>
    private static readonly HashSet<string> Entourage = new(StringComparer.Ordinal)
    {
        "administration", "government", "camp", "campaign", "era", "family", "plan", "doctrine",
    };

    /// <summary>Articles of other languages that open names of newspapers and parties, not of people ("Der Spiegel", "Le Monde").</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "Der", "Die", "Das", "Le", "La", "Les", "Il", "Los", "Las", "Het" };

    /// <summary>Words that end the names of companies, publications and teams; general vocabulary of business news.</summary>
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "Co", "Cos", "Bros", "Brothers", "SpA", "AG", "NV", "SA", "Plc", "PLC", "GmbH", "Medical", "Controls", "Chemical", "Chemicals",
        "Energy", "Desk", "Newsroom", "Newsdesk", "Fields", "Communications", "Services", "Systems", "Industries", "Holdings", "Partners",
        "Associates", "Motors", "Airlines", "Airways", "Foods", "Pharmaceuticals", "Electric", "Electronics", "Financial", "Securities",
        "Investments", "Technologies", "Entertainment", "Media", "Resources", "Mining", "Petroleum", "Steel", "Insurance", "Trust",
        "Bancorp", "Stores", "Standard", "Herald", "Tribune", "Gazette", "Daily", "Weekly", "Magazine", "Records", "Pictures",
        "Studios", "Productions", "Healthcare", "Labs", "Laboratories", "Software", "Networks", "Telecom", "Cable", "Capital",
        "Logistics", "Shipping", "Index", "Average", "Open", "Cup", "Trophy", "Prize", "Award", "Games", "Championship", "Classic",
    };

    /// <summary>Nouns that make a person's name the name of a place or thing after it ("Charles de Gaulle airport").</summary>
    private static readonly HashSet<string> FacilityWords = new(StringComparer.Ordinal)
    {
        "airport", "Airport", "street", "avenue", "Avenue", "square", "bridge", "Bridge", "stadium", "Stadium", "university",
        "foundation", "Foundation", "prize", "award", "trophy", "institute", "hospital", "Hospital", "school", "college", "College",
        "memorial", "Memorial", "center", "centre", "park", "Park", "hall", "Hall", "dam", "Dam", "canal", "highway", "index", "average",
    };

    /// <summary>Words that open place names and are no given names there: "Santa Barbara", "Fort Worth", "Lake Victoria".</summary>
    private static readonly HashSet<string> ToponymPrefixes = new(StringComparer.Ordinal) { "Santa", "Los", "Las", "Fort", "Port", "Mount", "Lake", "Cape" };

    private static bool IsQuote(string value) => value is "\"" or "'" or "\u201C" or "\u201D" or "\u2018" or "\u2019";

    /// <summary>"S. Korea", "N. Ireland": a compass point abbreviated before a country's name, not an initial.</summary>
    private bool IsCompassAbbreviation(ExtractionContext context, List<Token> tokens, int index)
    {
        var point = tokens[index].Value switch { "N" => "North", "S" => "South", "E" => "East", "W" => "West", _ => null };
        if (point is null || index + 2 >= tokens.Count) return false;
        return CompassCountries(context.Gazetteer).Contains(point + " " + tokens[index + 2].Value);
    }

    private HashSet<string>? _compassCountries;

    private HashSet<string> CompassCountries(Gazetteer gazetteer)
    {
        if (_compassCountries is { } known) return known;
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in gazetteer.Countries)
        {
            foreach (var form in c.Names.Append(c.Name).Concat(c.Demonyms))
            {
                if (form.StartsWith("North ", StringComparison.Ordinal) || form.StartsWith("South ", StringComparison.Ordinal)
                    || form.StartsWith("East ", StringComparison.Ordinal) || form.StartsWith("West ", StringComparison.Ordinal)) forms.Add(form);
            }
        }
        // Regions that are no country of their own but are written the same way.
        foreach (var region in new[] { "North Korea", "South Korea", "North Korean", "South Korean", "South Africa", "South African", "West Germany", "East Germany", "West Bank", "East Timor", "South Yemen", "North Yemen" }) forms.Add(region);
        return _compassCountries = forms;
    }

    private static bool IsInitial(List<Token> tokens, int index) =>
        tokens[index].Value.Length == 1 && char.IsUpper(tokens[index].Value[0])
        && index + 1 < tokens.Count && tokens[index + 1].Value == "." && tokens[index + 1].Start == tokens[index].End;

    private static bool IsAllCaps(string word) => word.Length > 1 && !word.Any(char.IsLower);
}
