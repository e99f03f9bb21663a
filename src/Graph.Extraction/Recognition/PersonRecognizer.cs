using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Finds people. A name is introduced by something that marks it as a person's: a title ("Foreign
/// Minister Shah Mahmood Qureshi"), an honorific ("Mr Varga"), "counterpart", or a speech verb next to
/// a name of two or more words ("Sergey Lavrov said", "according to Amina Okafor"). Once a person is
/// known, their surname and other shorter forms are found everywhere in the document.
/// </summary>
public sealed class PersonRecognizer : IExtractionStep
{
    private readonly PhraseMatcher<TitleEntry> _titles = new(ignoreCase: true);
    private readonly PhraseMatcher<SpeechVerbEntry> _speech;
    private readonly UncuedNameReader _uncued = new(PersonNameLexicon.Default);

    private static readonly HashSet<string> Introducers = new(StringComparer.OrdinalIgnoreCase) { "counterpart", "counterparts", "colleague" };

    /// <summary>Whether the tokens before <paramref name="i"/> are the two dashes (or a long dash) that open a sign-off line.</summary>
    private static bool IsSignOff(List<Token> tokens, int i) =>
        i == 1 && tokens[0].Value is "--" or "\u2014" || i == 2 && tokens[0].Value == "-" && tokens[1].Value == "-";

    /// <summary>
    /// Kin and occupations that a name follows in apposition: "his wife Naina", "Polish businessman Jan Nowak",
    /// "the historian Ann Lee". They introduce a person and give no office (lower case only: "Editor" may start a name).
    /// </summary>
    private static readonly HashSet<string> Describers = new(StringComparer.Ordinal)
    {
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "nephew", "niece", "cousin",
        "businessman", "businesswoman", "tycoon", "magnate", "historian", "journalist", "lawyer", "writer",
        "novelist", "poet", "economist", "banker", "adviser", "advisor", "aide", "playwright", "actor", "actress", "singer",
    };

    /// <summary>Builds the matchers once.</summary>
    public PersonRecognizer(Gazetteer gazetteer)
    {
        foreach (var t in gazetteer.Titles)
        {
            _titles.Add(t.Title, t);
            // "Mr." and "Mr" alike.
            if (t.IsHonorific && !t.Title.EndsWith('.')) _titles.Add(t.Title + ".", t);
        }
        _speech = gazetteer.SpeechVerbMatcher;
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var vocabulary = CapitalizedWords.For(context);
        // One delegate for the document, not one per token: this loop visits every token twice.
        Func<Token, bool> blocked = t => IsBlocked(context, t);
        // Pass 1: introductions.
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (IsBlocked(context, tokens[i])) continue;
                // A known full name wins over a title it starts with: "Shah Mahmood Qureshi" is not the Shah.
                // Lower-case words start no name; read it once (nothing below changes the mentions before it is used again).
                var known = tokens[i].IsCapitalized ? NameReader.Read(tokens, i, blocked) : 0;
                if (known > 1 && context.People.Find(NameReader.Text(context.Text, tokens, i, known)) is { } person
                    && person.Name == NameReader.Text(context.Text, tokens, i, known))
                {
                    AddMention(context, s, tokens[i].Start, tokens[i + known - 1].End, person, "person.reference");
                    i += known - 1;
                    continue;
                }
                if (tokens[i].Value == "(" && BracketedGivenName(context, s, tokens, i, blocked) is { } closed)
                {
                    i = closed - 1;
                    continue;
                }
                var (titleLength, title) = _titles.MatchAt(tokens, i);
                if (titleLength > 0 && title is not null && !IsBlocked(context, tokens[i + titleLength - 1]))
                {
                    var at = SkipPortfolio(tokens, i + titleLength);
                    if (Introduce(context, s, tokens, at, "person.title", minWords: 1, out var introduced, vocabulary) is { } after)
                    {
                        // "Russian Foreign Minister X", "Pakistan's Foreign Minister X", "NATO Secretary General X".
                        RecordTitle(context, tokens, i, title, introduced!, after);
                        i = after - 1;
                        continue;
                    }
                    // No name after the title: skip the title and its portfolio, which are not names either.
                    i = at - 1;
                    continue;
                }
                if (Introducers.Contains(tokens[i].Value) && Introduce(context, s, tokens, i + 1, "person.counterpart", minWords: 1, out var counterpart, vocabulary) is { } end)
                {
                    // "his Pakistani counterpart X": X holds the same office for the country named before "counterpart".
                    if (Affiliation(context, tokens, i) is { } affiliation) counterpart!.AddRole(new PersonRole("", affiliation.Label, affiliation.Key));
                    counterpart!.CounterpartSentence = s;
                    i = end - 1;
                    continue;
                }
                // "-- Ana Ruiz, Lima Newsroom": a wire report's sign-off names its reporter after dashes that open the line.
                // "Ana Ruiz, the foreign minister,", "Vikas Rao, spokesperson of the ministry": a title in apposition right
                // after a name of two words or more makes it a person's.
                if (known >= 2 && i + known < tokens.Count && tokens[i + known].Value == "," && TitleInApposition(tokens, i + known + 1)
                    && Introduce(context, s, tokens, i, "person.apposition", minWords: 2, out var appositive, vocabulary) is { } titled)
                {
                    RecordApposition(context, tokens, titled, appositive!);
                    i = titled - 1;
                    continue;
                }
                // "Samir Haddad, 42, told reporters": a name with an age set off by commas is a person's.
                if (known >= 2 && i + known + 2 < tokens.Count && tokens[i + known].Value == "," && tokens[i + known + 2].Value == ","
                    && int.TryParse(tokens[i + known + 1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120
                    && Introduce(context, s, tokens, i, "person.age", minWords: 2, out _, vocabulary) is { } aged)
                {
                    i = aged - 1;
                    continue;
                }
                if (known >= 2 && i + known < tokens.Count && tokens[i + known].Value == "," && IsSignOff(tokens, i)
                    && Introduce(context, s, tokens, i, "person.byline", minWords: 2, out _, vocabulary) is { } signed)
                {
                    i = signed - 1;
                    continue;
                }
                if (Describers.Contains(tokens[i].Value) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
                    && Introduce(context, s, tokens, i + 1, "person.described", minWords: 1, out _, vocabulary) is { } described)
                {
                    i = described - 1;
                    continue;
                }
                var (verbLength, _) = _speech.MatchAt(tokens, i);
                if (verbLength > 0)
                {
                    // "said Sergey Lavrov", "according to Amina Okafor"; "said Judge Ana Ruiz" is read from its title next.
                    if (_titles.MatchAt(tokens, i + verbLength).Length > 0)
                    {
                        i += verbLength - 1;
                        continue;
                    }
                    if (Introduce(context, s, tokens, i + verbLength, "person.speech-after", minWords: 2, out _, vocabulary) is { } e2)
                    {
                        i = e2 - 1;
                    }
                    continue;
                }
                // "Sergey Lavrov said": a name of two words or more right before a speech verb.
                var nameLength = known;
                // Not after "a": "Sen. Jo Dane, a Missouri Republican, said" describes the speaker by a common noun phrase.
                if (nameLength > 0 && FollowedBySpeech(tokens, i + nameLength) && WordCount(tokens, i, nameLength) >= 2
                    && !(i > 0 && tokens[i - 1].Value is "a" or "an"))
                {
                    if (Introduce(context, s, tokens, i, "person.speech-before", minWords: 2, out var speaker, vocabulary) is { } next) RecordApposition(context, tokens, next, speaker!);
                    i += nameLength - 1;
                    continue;
                }
                // Names known without a cue: a known leader, a given name with a surname, initials with a surname.
                if (nameLength > 0 && _uncued.Introduce(context, s, tokens, i, nameLength, vocabulary) is { } afterName)
                {
                    i = afterName - 1;
                }
            }
        }

        // Pass 2: every later or earlier reference to a known person by a form of their name.
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized || IsBlocked(context, tokens[i])) continue;
                var length = NameReader.Read(tokens, i, blocked);
                if (length == 0) continue;
                var name = NameReader.Text(context.Text, tokens, i, length);
                var person = context.People.Find(name);
                // "Alan" for "Alan Shearer" met before or after: a given name alone is the person who carries it.
                if (person is null && WordCount(tokens, i, length) == 1 && _uncued.IsStrongGivenName(name)) person = context.People.FindByFirstName(name);
                if (person is null)
                {
                    i += length - 1;
                    continue;
                }
                person.Forms.Add(name);
                AddMention(context, s, tokens[i].Start, tokens[i + length - 1].End, person, "person.reference");
                i += length - 1;
            }
        }
    }

    /// <summary>
    /// Whether a speech verb follows, directly or after an apposition: "Takeshi Fujimura, Japan's chief farm
    /// negotiator, said", "Hossein Rahimi, said".
    /// </summary>
    private bool FollowedBySpeech(List<Token> tokens, int index)
    {
        if (index >= tokens.Count) return false;
        if (_speech.MatchAt(tokens, index).Length > 0) return true;
        // "Priya Raghavan of the Centre for Energy Diplomacy in New Delhi said".
        if (tokens[index].Value is "of" or "at" or "from")
        {
            for (var j = index + 1; j < tokens.Count && j < index + 12; j++)
            {
                if (tokens[j].Value is "," or ";" or "." or "\"" or "\u201C") return false;
                if (_speech.MatchAt(tokens, j).Length > 0) return true;
            }
            return false;
        }
        if (tokens[index].Value != ",") return false;
        // "Chen Shibiao, who said that ...".
        if (index + 2 < tokens.Count && tokens[index + 1].Value == "who" && (_speech.MatchAt(tokens, index + 2).Length > 0 || index + 3 < tokens.Count && _speech.MatchAt(tokens, index + 3).Length > 0)) return true;
        for (var j = index + 1; j < tokens.Count && j <= index + 30; j++)
        {
            // A dot ends the apposition unless it closes an abbreviation ("U.N.", "Gen.").
            var abbreviation = tokens[j].Value == "." && tokens[j].Start == tokens[j - 1].End
                && (tokens[j - 1].Value.Contains('.') || tokens[j - 1].Value.Length <= 3 && tokens[j - 1].IsCapitalized);
            if (!abbreviation && tokens[j].Value is "." or ";" or "\"" or "\u201C" or "\u201D") return false;
            if (tokens[j].Value == "," && j + 1 < tokens.Count && _speech.MatchAt(tokens, j + 1).Length > 0) return true;
            if (j == index + 1 && _speech.MatchAt(tokens, j).Length > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Skips what may stand between a title and the name: a portfolio ("Minister for Foreign Affairs",
    /// "State Secretary for Transport") and a comma ("Oman's Minister of Energy, Salim al-Harthy").
    /// </summary>
    private static int SkipPortfolio(List<Token> tokens, int index)
    {
        if (index + 1 < tokens.Count && tokens[index].Value is "for" or "of")
        {
            var j = index + 1;
            while (j < tokens.Count && (PortfolioWords.Contains(tokens[j].Value)
                || tokens[j].Value is "and" or "the" or "&" or "," && j > index + 1 && j + 1 < tokens.Count && PortfolioWords.Contains(tokens[j + 1].Value))) j++;
            if (j > index + 1) index = j;
        }
        if (index < tokens.Count && tokens[index].Value == ",") index++;
        // "Home Secretary Sir Alan Brooke": an honorific may follow the title.
        if (index < tokens.Count && Honorifics.Contains(tokens[index].Value)) index++;
        if (index < tokens.Count && tokens[index].Value == "." && index > 0 && tokens[index].Start == tokens[index - 1].End) index++;
        return index;
    }

    /// <summary>Honorifics that may stand between a title and the name; not part of the name (see titles.tsv for the reasons).</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "Sir", "Dame", "Lord", "Lady", "Dr", "Mr", "Mrs", "Ms", "Sheikh", "Prince", "Princess",
        "Makhdoom", "Haji", "Hajji", "Alhaji", "Sardar", "Mian", "Maulana", "Begum", "Pir", "Datuk", "Dato", "Tun", "Shri", "Sri",
    };

    /// <summary>
    /// Words that name a minister's portfolio; general vocabulary of government, not names. The unambiguous ones
    /// (<see cref="NameReader.Portfolios"/>) are never part of a name; these others ("Power", "Peace") may be, outside a title.
    /// </summary>
    private static readonly HashSet<string> PortfolioWords = new(NameReader.Portfolios.Concat(
    [
        "Foreign", "Affairs", "External", "Economic", "Justice", "Home", "Water", "Resources", "Petroleum", "Oil", "Mines",
        "Mining", "Labor", "Information", "State", "Development", "Planning", "Digital",
        "Cooperation", "International", "Communications", "Investment", "Security",
        "National", "Public", "Works", "Housing", "Natural", "Gas", "Power", "Electricity", "Science",
        "Technology", "Treasury", "Budget", "European", "Political", "Peace", "Transportation",
        "Farm", "Food", "Social", "Welfare", "Integration", "Relations", "Youth", "Sports", "Women", "Family", "Veterans",
        "Customs", "Revenue", "Industries", "Asian", "African", "Pacific", "Regional", "Local", "Government", "Climate",
        "Change", "Maritime", "Aviation", "Posts", "Reconstruction", "Emergency", "Situations",
    ]), StringComparer.Ordinal);

    /// <summary>
    /// "Secretary (Antony) Blinken", "when (Prime Minister Kenji) Sato was here": wire copy puts a given name the speaker
    /// left out, with the title, in parentheses before the surname. The person is the given name and the surname together;
    /// a title in or just before the parentheses gives the role. Returns the token after the surname.
    /// </summary>
    private int? BracketedGivenName(ExtractionContext context, int sentence, List<Token> tokens, int open, Func<Token, bool> blocked)
    {
        var j = open + 1;
        var (titleLength, title) = _titles.MatchAt(tokens, j);
        var titleAt = j;
        if (titleLength > 0 && title is not null) j = SkipPortfolio(tokens, j + titleLength);
        else
        {
            // A title just before the parenthesis: "Secretary (Antony) Blinken".
            for (var k = open - 1; k >= 0 && k >= open - 4 && title is null; k--)
            {
                var (length, before) = _titles.MatchAt(tokens, k);
                if (length > 0 && before is not null && SkipPortfolio(tokens, k + length) == open) (title, titleAt) = (before, k);
            }
        }
        if (j >= tokens.Count) return null;
        var given = NameReader.Read(tokens, j, blocked);
        var close = j + given;
        if (given == 0 || given > 2 || close + 1 >= tokens.Count || tokens[close].Value != ")") return null;
        var surname = NameReader.Read(tokens, close + 1, blocked);
        if (surname == 0 || surname > 2) return null;
        var name = NameReader.Text(context.Text, tokens, j, given) + " " + NameReader.Text(context.Text, tokens, close + 1, surname);
        var person = context.People.Add(name);
        // "(Antony) Blinken" is one name, brackets and all, as standard NER data marks it; with a title inside the brackets
        // the given name and the surname are two mentions, so that no mention holds the title.
        if (j == open + 1) AddMention(context, sentence, tokens[open].Start, tokens[close + surname].End, person, "person.bracketed");
        else
        {
            AddMention(context, sentence, tokens[j].Start, tokens[close - 1].End, person, "person.bracketed");
            AddMention(context, sentence, tokens[close + 1].Start, tokens[close + surname].End, person, "person.bracketed");
        }
        if (title is not null) RecordTitle(context, tokens, titleAt, title, person, close + 1 + surname);
        return close + 1 + surname;
    }

    /// <summary>Registers the name of <paramref name="length"/> tokens at <paramref name="index"/> and adds its mention.</summary>
    internal static PersonRegistry.PersonRecord IntroduceSpan(ExtractionContext context, int sentence, List<Token> tokens, int index, int length, string rule)
    {
        var person = context.People.Add(NameReader.Text(context.Text, tokens, index, length));
        AddMention(context, sentence, tokens[index].Start, tokens[index + length - 1].End, person, rule);
        return person;
    }

    /// <summary>Reads a name at <paramref name="index"/> and registers it; returns the token after it, or null.</summary>
    private int? Introduce(ExtractionContext context, int sentence, List<Token> tokens, int index, string rule, int minWords, out PersonRegistry.PersonRecord? person, CapitalizedWords vocabulary)
    {
        person = null;
        if (index >= tokens.Count) return null;
        var length = NameReader.Read(tokens, index, t => IsBlocked(context, t));
        if (length == 0 || UncuedNameReader.NamesSomethingElse(tokens, index, length)) return null;
        // "Economist Joel Naroff said", "Chicago Cardinal Joseph Bernardin": the name starts at its given name.
        var skip = _uncued.LeadingNonNameWords(tokens, index, length, vocabulary);
        index += skip;
        length -= skip;
        if (WordCount(tokens, index, length) < minWords) return null;
        var name = NameReader.Text(context.Text, tokens, index, length);
        person = context.People.Add(name);
        AddMention(context, sentence, tokens[index].Start, tokens[index + length - 1].End, person, rule);
        return index + length;
    }

    /// <summary>Records the role a title gives, with the country or organisation written just before it.</summary>
    private static void RecordTitle(ExtractionContext context, List<Token> tokens, int titleIndex, TitleEntry title, PersonRegistry.PersonRecord person, int afterName)
    {
        if (Genders.TryGetValue(title.Title, out var gender)) person.Gender = gender;
        if (title.IsHonorific) return;
        // "President Ana Quispe of Peru": the country after the name, else the one written before the title.
        var affiliation = AffiliationAfter(context, tokens, afterName) ?? Affiliation(context, tokens, titleIndex);
        person.AddRole(new PersonRole(title.Role, affiliation?.Label, affiliation?.Key));
    }

    /// <summary>Whether a title starts at <paramref name="k"/>, past an article and a country or its possessive ("the foreign minister", "Japan's envoy").</summary>
    private bool TitleInApposition(List<Token> tokens, int k)
    {
        for (var n = 0; k < tokens.Count && n < 4; k++, n++)
        {
            var (length, title) = _titles.MatchAt(tokens, k);
            // "Kenya backs the Rift Valley Field, the minister said": a title that a speech verb follows is the subject of
            // the attribution, not an apposition naming what comes before the comma.
            if (length > 0 && title is not null && !title.IsHonorific) return !(k + length < tokens.Count && _speech.MatchAt(tokens, k + length).Length > 0);
            if (!(tokens[k].Value is "the" or "a" or "its" or "'s" or "\u2019s" or "former" or "deputy" or "chief" || tokens[k].IsCapitalized)) return false;
        }
        return false;
    }

    /// <summary>"Takeshi Hirano, Japan's chief negotiator, said": a title inside the apposition after a name.</summary>
    private void RecordApposition(ExtractionContext context, List<Token> tokens, int index, PersonRegistry.PersonRecord person)
    {
        if (index >= tokens.Count || tokens[index].Value != ",") return;
        for (var j = index + 1; j < tokens.Count && j <= index + 12 && tokens[j].Value != ","; j++)
        {
            var (length, title) = _titles.MatchAt(tokens, j);
            if (length == 0 || title is null || title.IsHonorific) continue;
            var affiliation = Affiliation(context, tokens, j);
            person.AddRole(new PersonRole(title.Role, affiliation?.Label, affiliation?.Key));
            return;
        }
    }

    /// <summary>
    /// The country or organisation written right before a title: "Russian", "Pakistan's", "U.S.", "NATO"; also
    /// one word further back for "Japan's chief negotiator" style modifiers.
    /// </summary>
    private static (Model.NodeLabel Label, string Key)? Affiliation(ExtractionContext context, List<Token> tokens, int titleIndex)
    {
        var modifier = false;
        for (var k = titleIndex - 1; k >= 0 && k >= titleIndex - 3; k--)
        {
            var t = tokens[k];
            if (context.MentionEndingAt(t.End) is { Label: Model.NodeLabel.Country or Model.NodeLabel.Organization } m)
            {
                // Through a modifier only a name that modifies it counts: "Japan's chief negotiator", "U.S. chief
                // negotiator", "Japanese chief negotiator"; in "Tomas Rojas of Chile thanked President X", Chile is not X's.
                if (modifier && !(k + 1 < tokens.Count && tokens[k + 1].Value is "'s" or "’s" || m.Kind == MentionKind.Demonym || m.Surface.EndsWith('.'))) return null;
                return (m.Label, m.Key);
            }
            if (t.Value is "'s" or "’s" or ".") continue;
            // Allow one lower-case modifier between ("Japan's chief negotiator"), nothing else; a verb is no modifier.
            if (!t.IsWord || t.IsCapitalized || k < titleIndex - 2 || t.Value.EndsWith("ed", StringComparison.Ordinal)) return null;
            modifier = true;
        }
        return null;
    }

    /// <summary>"... Ana Quispe of Peru": a country named with "of" right after the name.</summary>
    private static (Model.NodeLabel Label, string Key)? AffiliationAfter(ExtractionContext context, List<Token> tokens, int after)
    {
        if (after + 1 >= tokens.Count || tokens[after].Value != "of") return null;
        var at = tokens[after + 1].Value == "the" && after + 2 < tokens.Count ? after + 2 : after + 1;
        return context.MentionsStartingAt(tokens[at].Start).FirstOrDefault(m => m.Label == Model.NodeLabel.Country && m.Kind != MentionKind.Demonym) is { } c ? (c.Label, c.Key) : null;
    }

    private static readonly Dictionary<string, char> Genders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mr"] = 'm', ["mr."] = 'm', ["sir"] = 'm', ["king"] = 'm', ["prince"] = 'm', ["emperor"] = 'm', ["sheikh"] = 'm',
        ["spokesman"] = 'm', ["chairman"] = 'm', ["congressman"] = 'm',
        ["mrs"] = 'f', ["mrs."] = 'f', ["ms"] = 'f', ["ms."] = 'f', ["miss"] = 'f', ["madame"] = 'f', ["dame"] = 'f', ["queen"] = 'f',
        ["princess"] = 'f', ["empress"] = 'f', ["spokeswoman"] = 'f', ["chairwoman"] = 'f', ["congresswoman"] = 'f',
    };

    private static void AddMention(ExtractionContext context, int sentence, int start, int end, PersonRegistry.PersonRecord person, string rule)
    {
        var surface = context.Text[start..end];
        var kind = string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) == person.Name ? MentionKind.Name : MentionKind.ShortName;
        context.AddMention(new Mention(start, end, sentence, NodeLabel.Person, person.Key, surface, kind, rule));
    }

    internal static int WordCount(List<Token> tokens, int index, int length)
    {
        var words = 0;
        for (var i = index; i < index + length; i++)
        {
            if (tokens[i].IsWord && tokens[i].IsCapitalized) words++;
        }
        return words;
    }

    private static bool IsBlocked(ExtractionContext context, Token t) => context.IsCovered(t.Start, t.End);
}
