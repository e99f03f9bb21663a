using System.Globalization;
using System.Text.Json;

namespace Graph.Documents;

/// <summary>Reads one JSON Lines record: <c>{"id","date","title","text","url"}</c> with only <c>text</c> required (or <c>html</c>, a saved page, in its place).</summary>
public static class JsonLinesParser
{
    /// <summary>Parses one line; <paramref name="source"/> names it in messages (<c>file.jsonl:12</c>).</summary>
    public static ReadResult Parse(string line, string source, IReadOnlyList<string> decodeWarnings)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            return ReadResult.Failure(source, $"not valid JSON ({FirstSentence(e.Message)}); line skipped");
        }
        return Parse(json, source, decodeWarnings);
    }

    /// <summary>
    /// Parses one line of valid UTF-8 as it was read, without decoding it to a string first: a line of tens of
    /// megabytes then costs its bytes and its text, not also a decoded copy of the line and a re-encoded one.
    /// </summary>
    public static ReadResult Parse(ReadOnlyMemory<byte> utf8Line, string source)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8Line, Options);
        }
        catch (JsonException e)
        {
            return ReadResult.Failure(source, $"not valid JSON ({FirstSentence(e.Message)}); line skipped");
        }
        return Parse(json, source, []);
    }

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    private static ReadResult Parse(JsonDocument json, string source, IReadOnlyList<string> decodeWarnings)
    {
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failure(source, $"expected a JSON object with a \"text\" field, found {Describe(root.ValueKind)}; line skipped");
            }
            // A record gives its article as text or, as a crawler saved it, as the page's HTML.
            var field = root.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String ? "text"
                : root.TryGetProperty("html", out textElement) && textElement.ValueKind == JsonValueKind.String ? "html"
                : null;
            if (field is null)
            {
                return ReadResult.Failure(source, "no \"text\" (or \"html\") string in this record; line skipped");
            }
            var text = JsonStringReader.Read(textElement, out var repaired);
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadResult.Failure(source, $"\"{field}\" is empty; line skipped");
            }
            var warnings = decodeWarnings.Select(w => new DocumentIssue(source, w, false)).ToList();
            if (repaired) warnings.Add(Repaired(source, field));
            ArticleContent? page = null;
            if (field == "html")
            {
                page = HtmlArticleReader.Read(text);
                if (page.Text is null) return ReadResult.Failure(source, $"\"html\": {page.Problem}; line skipped");
                text = page.Text;
            }
            var title = OptionalString(root, "title", source, warnings) ?? page?.Title;
            var url = OptionalString(root, "url", source, warnings) ?? page?.Url;
            var id = OptionalString(root, "id", source, warnings);
            DateOnly? date = null;
            var dateText = OptionalString(root, "date", source, warnings);
            if (dateText is not null)
            {
                date = ParseDate(dateText);
                if (date is null) warnings.Add(new DocumentIssue(source, $"\"date\" '{dateText}' is not a date (YYYY-MM-DD or ISO 8601); ignored", false));
            }
            date ??= page?.Date;
            var display = id is null ? source : $"{source} (id {id})";
            var document = DocumentFactory.Create(display, text, url, title, date);
            document.ExternalId = id;
            return ReadResult.Success(document, warnings);
        }
    }

    /// <summary>Accepts <c>YYYY-MM-DD</c> and full ISO 8601 timestamps (the date part is kept).</summary>
    public static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        // Only timestamps that open with YYYY-MM-DD: a general parse would read 07/04/2021 as 4 July, silently.
        if (text.Length > 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return d;
        }
        return null;
    }

    private static string? OptionalString(JsonElement root, string name, string source, List<DocumentIssue> warnings)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind == JsonValueKind.String)
        {
            var value = JsonStringReader.Read(e, out var repaired);
            if (repaired) warnings.Add(Repaired(source, name));
            return value;
        }
        if (e.ValueKind == JsonValueKind.Number) return e.GetRawText();
        warnings.Add(new DocumentIssue(source, $"\"{name}\" is {Describe(e.ValueKind)}, not a string; ignored", false));
        return null;
    }

    private static DocumentIssue Repaired(string source, string name) =>
        new(source, $"\"{name}\" holds half of a surrogate pair (an escape such as \\ud83d without its partner); replaced with U+FFFD", false);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd('.');
    }
}
