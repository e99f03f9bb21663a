using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Tells which capitalised words may belong to the name of an organisation, a project or a conflict. English
/// capitalises the first word of a sentence whatever it is, so a capitalised word there counts only when the
/// document never writes it in lower case ("Ruling Liberal Democratic Party" is not a party called "Ruling...").
/// </summary>
internal sealed class CapitalizedWords
{
    /// <summary>Capitalised words that never belong to such a name: function words, pronouns, months, days, numbers.</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "We", "They", "I", "You", "His", "Her", "Their", "Our", "Its", "My", "Your",
        "In", "On", "At", "By", "For", "From", "With", "Of", "To", "As", "And", "But", "Or", "If", "When", "While", "After",
        "Before", "Since", "Because", "Although", "This", "That", "These", "Those", "There", "Here", "Such", "Some", "All",
        "Any", "Each", "Every", "Both", "Either", "Neither", "No", "Not", "Nor", "Yet", "So", "Than", "Then", "Also", "Only",
        "Under", "Over", "Between", "Against", "During", "Without", "Within", "Into", "Through", "About", "Above", "Below",
        "Last", "Next", "Former", "Current", "Recent", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Tonight",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third",
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Asked", "Speaking", "According", "Meanwhile", "However", "Officials", "Sources",
        "Analysts", "Diplomats", "Reuters", "Reuter", "Many", "Most", "Several", "Other", "Another", "What", "Which", "Who", "Whose", "Where",
        "Why", "How", "Despite", "Until", "Unless", "Whether", "Even", "Still", "Now", "Thus", "Hence",
    };

    private readonly HashSet<string> _lowercase;

    private CapitalizedWords(HashSet<string> lowercase) => _lowercase = lowercase;

    /// <summary>The document's vocabulary: which words it writes in lower case, read once for the recognisers that share it.</summary>
    public static CapitalizedWords For(ExtractionContext context) => (CapitalizedWords)(context.Vocabulary ??= Read(context));

    private static CapitalizedWords Read(ExtractionContext context)
    {
        var lowercase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in context.Tokens)
        {
            foreach (var t in tokens)
            {
                if (t.IsWord && char.IsLower(t.Value[0])) lowercase.Add(t.Value);
            }
        }
        return new CapitalizedWords(lowercase);
    }

    /// <summary>
    /// Whether the token at <paramref name="index"/> opens its sentence or a quotation, or follows
    /// an abbreviation with a dot: newswire copy often capitalises the word after "U.S." as if a sentence began.
    /// </summary>
    public static bool IsInitial(IReadOnlyList<Token> tokens, int index) =>
        index == 0 || tokens[index - 1].Value is "\"" or "\u201C" or "\u2018" or "'" || IsAfterAbbreviation(tokens, index);

    /// <summary>Whether a capitalised word is a function word, a month, a day or the like.</summary>
    public static bool IsStopWord(string word) => NotNameWords.Contains(word);

    /// <summary>
    /// Whether the token may be a word of a name: capitalised, not a stop word, and, at the start of a sentence,
    /// not a word the document also writes in lower case nor one shaped like a verb or adverb ("Ruling").
    /// </summary>
    public bool IsNameWord(IReadOnlyList<Token> tokens, int index)
    {
        var t = tokens[index];
        if (!t.IsWord || !t.IsCapitalized || NotNameWords.Contains(t.Value)) return false;
        if (!IsInitial(tokens, index)) return true;
        var lower = t.Value.ToLowerInvariant();
        if (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ly", StringComparison.Ordinal)) return false;
        // After "U.S." the capital may be the newswire's habit rather than a name: the caller decides.
        return IsAfterAbbreviation(tokens, index) || !_lowercase.Contains(lower);
    }

    /// <summary>Whether the token follows an abbreviation with a dot ("U.S. Commerce").</summary>
    public static bool IsAfterAbbreviation(IReadOnlyList<Token> tokens, int index) =>
        index >= 2 && tokens[index - 1].Value == "." && tokens[index - 2].End == tokens[index - 1].Start && tokens[index - 2].Value.Contains('.');

    /// <summary>Whether the document writes this word in lower case somewhere.</summary>
    public bool IsWrittenInLowercase(string word) => _lowercase.Contains(word.ToLowerInvariant());
}
