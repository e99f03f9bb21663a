using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Documents;

/// <summary>
/// Finds what is not body text in an article: the <c>date</c> marker, the headline, bylines, the
/// dateline opening the first paragraph, photo captions, copyright lines and agency sign-offs.
/// Offsets always point into the original text; nothing is removed from it.
/// </summary>
public static partial class LayoutAnalyzer
{
    /// <summary>Analyses <paramref name="text"/>.</summary>
    public static DocumentLayout Analyze(string text)
    {
        var regions = new List<TextRegion>();
        var lines = SplitLines(text);
        DateOnly? date = null;
        string? title = null, dateline = null;
        var index = 0;

        // 1. A leading "date YYYY-MM-DD" marker; the text may go on on the same line (layout A) or not (layout B).
        if (lines.Count > 0)
        {
            var first = lines[0];
            var m = DateMarkerRegex().Match(text, first.Start, first.Length);
            if (m.Success && DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date = d;
                regions.Add(new TextRegion(RegionKind.DateMarker, m.Index, m.Index + m.Length));
                if (m.Index + m.Length >= first.End) index = 1;
                else lines[0] = first with { Start = m.Index + m.Length };
            }
        }

        // 2. A headline: the first non-blank line when it is all capitals, or a short unpunctuated line followed by a break.
        index = SkipBlank(text, lines, index);
        if (index < lines.Count && IsHeadline(text, lines, index))
        {
            var line = Trimmed(text, lines[index]);
            regions.Add(new TextRegion(RegionKind.Headline, line.Start, line.End));
            title = text[line.Start..line.End];
            index++;
        }

        // 2b. The date marker may come under the headline instead ("HEADLINE", "date 1987-10-27", body).
        index = SkipBlank(text, lines, index);
        if (date is null && title is not null && index < lines.Count)
        {
            var line = Trimmed(text, lines[index]);
            var m = DateMarkerRegex().Match(text, line.Start, line.Length);
            if (m.Success && m.Index == line.Start && m.Index + m.Length >= line.End
                && DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date = d;
                regions.Add(new TextRegion(RegionKind.DateMarker, m.Index, m.Index + m.Length));
                index++;
            }
        }

        // 3. Bylines directly under the headline.
        index = SkipBlank(text, lines, index);
        while (index < lines.Count && BylineRegex().IsMatch(Slice(text, lines[index]).Trim()))
        {
            var line = Trimmed(text, lines[index]);
            regions.Add(new TextRegion(RegionKind.Byline, line.Start, line.End));
            index = SkipBlank(text, lines, index + 1);
        }

        // 4. The dateline opening the first body paragraph.
        var afterDateline = false;
        for (var i = index; i < lines.Count && !afterDateline; i++)
        {
            var line = lines[i];
            if (IsBlank(text, line)) continue;
            if (IsCaption(text, line) || IsCopyright(text, line)) continue;
            var m = DatelineRegex().Match(text, line.Start, line.Length);
            if (m.Success)
            {
                regions.Add(new TextRegion(RegionKind.Dateline, m.Index, m.Index + m.Length));
                dateline = m.Groups["place"].Value.Trim();
            }
            afterDateline = true;
        }

        // 5. Captions, copyright lines and sign-offs anywhere in the body.
        for (var i = index; i < lines.Count; i++)
        {
            var line = Trimmed(text, lines[i]);
            if (line.Length == 0) continue;
            if (IsCaption(text, line)) regions.Add(new TextRegion(RegionKind.Caption, line.Start, line.End));
            else if (IsCopyright(text, line)) regions.Add(new TextRegion(RegionKind.Copyright, line.Start, line.End));
            else if (SignoffRegex().IsMatch(Slice(text, line)) && IsLastNonBlank(text, lines, i)) regions.Add(new TextRegion(RegionKind.Signoff, line.Start, line.End));
        }

        regions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new DocumentLayout(regions, date, title, dateline);
    }

    private readonly record struct Line(int Start, int End)
    {
        public int Length => End - Start;
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(new Line(start, contentEnd));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    private static string Slice(string text, Line line) => text[line.Start..line.End];

    private static bool IsBlank(string text, Line line) => string.IsNullOrWhiteSpace(Slice(text, line));

    private static Line Trimmed(string text, Line line)
    {
        var s = line.Start;
        var e = line.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new Line(s, e);
    }

    private static int SkipBlank(string text, List<Line> lines, int index)
    {
        while (index < lines.Count && IsBlank(text, lines[index])) index++;
        return index;
    }

    private static bool IsLastNonBlank(string text, List<Line> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!IsBlank(text, lines[i]) && !IsCopyright(text, lines[i])) return false;
        }
        return true;
    }

    private static bool IsHeadline(string text, List<Line> lines, int index)
    {
        var s = Slice(text, lines[index]).Trim();
        if (s.Length is 0 or > 200) return false;
        int letters = 0, upper = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters < 3) return false;
        // Newswire headlines are in capitals; a dateline paragraph opens with capitals too, so it must not run on.
        // (An all-capital line can only be a dateline if nothing follows the dash.)
        if (upper == letters) return DatelineRegex().Match(s) is not { Success: true } m || m.Length < s.Length;
        // A title line: short, no closing sentence punctuation, and followed by a blank line or a byline.
        if (s.Length > 150 || ".?!\"”:;,".Contains(s[^1]) || DatelineRegex().IsMatch(s)) return false;
        var next = index + 1;
        return next >= lines.Count || IsBlank(text, lines[next]) || BylineRegex().IsMatch(Slice(text, lines[next]).Trim())
            // "Title line", then "date 2019-03-20" on a line of its own.
            || DateMarkerRegex().Match(text, lines[next].Start, lines[next].Length) is { Success: true } marker && marker.Index + marker.Length >= lines[next].End;
    }

    private static bool IsCaption(string text, Line line) => CaptionRegex().IsMatch(Slice(text, Trimmed(text, line)));

    private static bool IsCopyright(string text, Line line)
    {
        var s = Slice(text, Trimmed(text, line));
        return s.Length < 300 && CopyrightRegex().IsMatch(s);
    }

    [GeneratedRegex(@"\G[ \t]*date[ \t]+(?<date>\d{4}-\d{2}-\d{2})[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex DateMarkerRegex();

    [GeneratedRegex(@"^(?:By|BY|by)\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|van|von|al|bin|and|&))*(?:\s*[,|/–—-]\s*.{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineRegex();

    /// <summary>
    /// <c>WASHINGTON, March 3 - </c>, <c>ISLAMABAD – </c>, <c>ISLAMABAD:</c>, <c>MOSCOW, Feb 22 (RIA) -</c>,
    /// <c>NEW DELHI: </c>: a place in capitals, an optional date and agency, then a dash or colon.
    /// </summary>
    [GeneratedRegex(@"\G[ \t]*(?<place>\p{Lu}[\p{Lu}.'’\-]+(?:[ ][\p{Lu}.'’\-]+){0,3})(?:,[ ]*(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+)?){0,2}(?:,[ ]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}{0,6}\.?[ ]+\d{1,2}(?:,[ ]*\d{4})?)?(?:[ ]*\([\p{L} .]{2,30}\))?[ ]*(?:[-–—]+[ ]*|:[ ]+|:(?=\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();

    /// <summary>A caption announces itself: "Photo: ...", "FILE PHOTO - ...", "(Photo: ...)", "[Image ...]", "Photo by ...".</summary>
    [GeneratedRegex(@"^(?:(?:FILE PHOTO|Photo caption|Photograph|Photo|PHOTO|Picture|PICTURE|Image|IMAGE|Caption|CAPTION)\s*[:|–—-]|(?:Photo|PHOTO|Picture) by\s|\((?:FILE )?(?:Photo|PHOTO|Picture|Image|Caption)\b[^)\n]*\)|\[(?:Photo|Image|Picture)[^\]\n]*\])", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionRegex();

    [GeneratedRegex(@"^(?:©|\(c\)|\(C\)|Copyright\b|COPYRIGHT\b)|All rights reserved\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightRegex();

    [GeneratedRegex(@"^\s*(?:Reuter|Reuters|REUTER|AFP|AP|dpa|RIA|TASS|Xinhua)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignoffRegex();
}
