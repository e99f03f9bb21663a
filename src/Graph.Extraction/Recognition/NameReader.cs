using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Reads a personal name from tokens: capitalised words, initials ("F."), particles inside a name
/// ("bin", "al", "de", "van"), hyphenated parts ("Jean-Luc", "al-Mutawa"). Stops at words that open
/// sentences, name months and days, or belong to organisations, and never crosses another mention.
/// </summary>
public static class NameReader
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "bint", "ibn", "abu", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "dos", "das", "y",
        // South Asian and Bantu connectives: "Ata-ur-Rehman", "Inzamam-ul-Haq", "Kengo wa Dondo".
        "ur", "ul", "ud", "uz", "wa",
    };

    /// <summary>
    /// Portfolios in a minister's title that are never part of a name ("Minister of Energy, Commerce, Industry and
    /// Tourism"); PersonRecognizer's wider list of portfolio words starts from these.
    /// </summary>
    internal static readonly string[] Portfolios =
    [
        "Commerce", "Industry", "Tourism", "Energy", "Trade", "Finance", "Defence", "Defense", "Agriculture", "Interior", "Labour",
        "Transport", "Culture", "Education", "Health", "Fisheries", "Infrastructure", "Economy", "Environment", "Telecommunications",
    ];

    /// <summary>Capitalised words that are not names, or that mark a phrase as an organisation's or a place's.</summary>
    private static readonly HashSet<string> NotNames = new(new[]
    {
        "The", "A", "An", "He", "She", "It", "We", "They", "I", "You", "His", "Her", "Their", "Our", "Its", "My", "Your",
        "In", "On", "At", "By", "For", "From", "With", "Of", "To", "As", "And", "But", "Or", "If", "When", "While", "After",
        "Before", "Since", "Because", "Although", "This", "That", "These", "Those", "There", "Here", "Such", "Some", "All",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Commission", "Committee", "Council", "Ministry", "Department", "Agency", "Bank", "Group", "Association",
        "Organization", "Organisation", "Union", "Party", "Corp", "Corporation", "Company", "Inc", "Ltd", "Board", "Office",
        "House", "Court", "Assembly", "Parliament", "Congress", "Senate", "Government", "Administration", "Institute",
        "Fund", "Federation", "Community", "Authority", "Service", "News", "Times", "Post", "Journal", "Reuters", "Reuter",
        "Press", "Television", "Radio", "University", "Centre", "Center", "Forum", "Summit", "Conference", "Treaty",
        "Agreement", "Project", "Pipeline", "Programme", "Program", "Initiative", "Corridor", "War", "Street", "Road",
        "Square", "Palace", "Airport", "Port", "Sea", "Ocean", "Gulf", "River", "Lake", "Mountains", "Island", "Islands",
        "Republic", "Kingdom", "State", "States", "Minister", "President", "Secretary", "Foreign", "Prime", "Deputy",
        "Chairman", "Ambassador", "Spokesman", "Spokeswoman", "Mr", "Mrs", "Ms", "Dr", "Sir", "God", "Islamic", "Muslim",
        "Christian", "Catholic", "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West", "Central",
        "Middle", "COVID", "Internet", "Twitter", "Facebook", "Asked", "Speaking", "Addressing", "Regarding", "According",
        "Meanwhile", "However", "Officials", "Analysts", "Diplomats", "Sources", "Today", "Yesterday", "Tomorrow",
        // Continents and great regions ("sub-Sahara Africa"); "Asia" and "America" are also given names and stay out.
        "Africa", "Europe", "Americas", "Oceania", "Antarctica", "Arctic", "Atlantic", "Pacific", "Caribbean", "Balkans", "Sahara",
        "Sahel", "Caucasus", "Mediterranean", "Scandinavia",
    }.Concat(Portfolios), StringComparer.Ordinal);

    /// <summary>
    /// Reads a name starting at token <paramref name="index"/>; returns its length in tokens (0 if none).
    /// <paramref name="blocked"/> tells which tokens belong to other mentions.
    /// </summary>
    public static int Read(IReadOnlyList<Token> tokens, int index, Func<Token, bool> blocked)
    {
        var i = index;
        var words = 0;
        var lastGood = index;
        // "Despite Reagan's veto", "Besides Lavrov": a sentence that opens with a preposition or conjunction capitalises
        // it, which makes it no part of a name.
        if (index < tokens.Count && (index == 0 || tokens[index - 1].Value is "\"" or "\u201C") && Syntax.WordClasses.IsPhraseWord(tokens[index].Value)) return 0;
        while (i < tokens.Count && words < MaxWords)
        {
            var t = tokens[i];
            if (blocked(t)) break;
            // "Jan Novak": an abbreviated month before a name, not before a day number, is a given name.
            if (IsNameWord(t) || words == 0 && MonthAbbreviations.Contains(t.Value) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1]) && !blocked(tokens[i + 1]))
            {
                words++;
                i++;
                // An initial: "F." touching its dot.
                if (t.Value.Length == 1 && i < tokens.Count && tokens[i].Value == "." && tokens[i].Start == t.End) i++;
                lastGood = i;
                // A hyphenated part: "Jean-Luc", "al-Mutawa".
                if (i + 1 < tokens.Count && tokens[i].Value is "-" && tokens[i].Start == t.End && tokens[i + 1].Start == tokens[i].End
                    && (IsNameWord(tokens[i + 1]) || Particles.Contains(tokens[i + 1].Value)))
                {
                    i++;
                }
                // A Korean or Chinese two-syllable given name: "Kim Dae-jung", "Li Song-ho".
                else if (i + 1 < tokens.Count && tokens[i].Value is "-" && tokens[i].Start == t.End && tokens[i + 1].Start == tokens[i].End
                    && t.Value.Length <= 5 && IsSyllable(tokens[i + 1].Value))
                {
                    i += 2;
                    lastGood = i;
                }
                // A regnal number: "Henry VIII", "Pope John Paul II".
                if (i < tokens.Count && RegnalNumbers.Contains(tokens[i].Value) && !blocked(tokens[i]))
                {
                    i++;
                    lastGood = i;
                }
                continue;
            }
            if (words > 0 && Particles.Contains(t.Value) && i + 1 < tokens.Count)
            {
                i++;
                // A particle may be joined by a hyphen: "al-Harthy".
                if (i + 1 < tokens.Count && tokens[i].Value == "-" && tokens[i].Start == t.End) i++;
                continue;
            }
            if (words == 0 && Particles.Contains(t.Value) && t.Value is "al" or "el" && i + 2 < tokens.Count && tokens[i + 1].Value == "-")
            {
                i += 2;
                continue;
            }
            break;
        }
        return words == 0 ? 0 : lastGood - index;
    }

    private static readonly HashSet<string> RegnalNumbers = new(StringComparer.Ordinal)
    {
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII",
    };

    private static bool IsSyllable(string s)
    {
        if (s.Length is < 2 or > 5) return false;
        foreach (var c in s)
        {
            if (!char.IsLower(c)) return false;
        }
        return true;
    }

    /// <summary>The name's text as a single-spaced string (hyphens and initials' dots kept).</summary>
    public static string Text(string text, IReadOnlyList<Token> tokens, int index, int length)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = index; i < index + length; i++)
        {
            if (i > index && tokens[i].Start > tokens[i - 1].End) sb.Append(' ');
            sb.Append(tokens[i].Value);
        }
        return sb.ToString();
    }

    /// <summary>Abbreviated months, which are also given names ("Jan") when a name follows instead of a day.</summary>
    private static readonly HashSet<string> MonthAbbreviations = new(StringComparer.Ordinal) { "Jan" };

    private static bool IsNameWord(Token t) =>
        t.IsWord && t.IsCapitalized && !NotNames.Contains(t.Value) && !CapitalizedWords.IsStopWord(t.Value) && !t.Value.All(char.IsDigit)
        && (t.Value.Length == 1 || !t.Value.All(c => char.IsUpper(c) || c == '.'));
}
