namespace Graph.Extraction.Text;

/// <summary>
/// Splits body text into paragraphs (at blank lines) and sentences (at '.', '!' or '?' followed by closing
/// quotes or brackets, white space and a capital, digit or opening quote), keeping abbreviations such as
/// "Mr.", "Feb." and "U.S." and initials inside their sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr",
        "Rev", "St", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "approx", "Dept", "Gov't", "Msgr", "Amb", "Pres", "Fig",
    };

    /// <summary>Words that open sentences, used to decide whether "U.S." at a boundary ends the sentence.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "These", "Those",
        "A", "An", "His", "Her", "Their", "Its", "There", "However", "Officials", "Meanwhile", "Earlier", "Later",
    };

    /// <summary>Sentences in the given body spans of <paramref name="text"/>.</summary>
    public static List<Sentence> Split(string text, IEnumerable<(int Start, int End)> bodySpans)
    {
        var sentences = new List<Sentence>();
        var paragraph = -1;
        foreach (var (spanStart, spanEnd) in bodySpans)
        {
            foreach (var (pStart, pEnd) in Paragraphs(text, spanStart, spanEnd))
            {
                paragraph++;
                SplitParagraph(text, pStart, pEnd, paragraph, sentences);
            }
        }
        return sentences;
    }

    private static IEnumerable<(int Start, int End)> Paragraphs(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) yield break;
            var pStart = i;
            var pEnd = end;
            // A paragraph ends at a line that holds only white space.
            var j = i;
            while (j < end)
            {
                var nl = text.IndexOf('\n', j, end - j);
                if (nl < 0) break;
                var k = nl + 1;
                while (k < end && text[k] is ' ' or '\t' or '\r') k++;
                if (k >= end || text[k] == '\n')
                {
                    pEnd = nl;
                    break;
                }
                j = k;
            }
            while (pEnd > pStart && char.IsWhiteSpace(text[pEnd - 1])) pEnd--;
            yield return (pStart, pEnd);
            i = pEnd;
            while (i < end && text[i] != '\n') i++;
        }
    }

    private static void SplitParagraph(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?') j++;
            while (j < end && text[j] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']') j++;
            if (j >= end) break;
            if (!char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '-' or '\u2013' or '\u2014')) continue;
            if (c == '.' && IsAbbreviation(text, sentenceStart, i, k, end)) continue;
            AddSentence(text, sentenceStart, j, paragraph, sentences);
            sentenceStart = k;
            i = k - 1;
        }
        AddSentence(text, sentenceStart, end, paragraph, sentences);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot, int next, int end)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or '\'')) w--;
        var word = text[w..dot];
        if (word.Length == 0) return false;
        if (Abbreviations.Contains(word)) return true;
        // An initial: "John F. Kennedy".
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        // "U.S.", "U.N.": an abbreviation unless the next word plainly starts a sentence.
        if (word.Contains('.'))
        {
            var e = next;
            while (e < end && char.IsLetter(text[e])) e++;
            return !SentenceStarters.Contains(text[next..e]);
        }
        return false;
    }

    private static void AddSentence(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, paragraph, start, end));
    }
}
