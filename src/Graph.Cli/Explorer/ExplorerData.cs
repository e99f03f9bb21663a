using System.Text;
using System.Text.Json;

namespace Graph.Cli.Explorer;

/// <summary>
/// What the explorer page shows, read from an import's <c>graph.jsonl</c> (APOC JSON Lines) and written as one compact
/// JSON object: entities with their type, name and aliases; documents; statements with their speaker, quote and
/// document; the facts between entities (SUPPORTS, COMMITTED_TO, REPRESENTS, INVOLVES, PART_OF) with evidence; which
/// entities each statement is about; and which documents mention each entity. Everything is sorted, so the same graph
/// gives the same page.
/// </summary>
public sealed class ExplorerData
{
    private readonly SortedDictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Dictionary<string, object?>> _documents = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Dictionary<string, object?>> _statements = new(StringComparer.Ordinal);
    private readonly List<string[]> _about = [];
    private readonly List<Dictionary<string, object?>> _facts = [];
    private readonly List<string[]> _mentions = [];

    /// <summary>The number of entities read.</summary>
    public int EntityCount => _entities.Count;

    /// <summary>Lines that were not graph lines, with their numbers, for a warning.</summary>
    public List<int> SkippedLines { get; } = [];

    private sealed record Entity(string Id, string Type, string Name, string[] Aliases);

    /// <summary>Reads a <c>graph.jsonl</c> file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ExplorerData Read(string path)
    {
        var data = new ExplorerData();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (!data.Add(json.RootElement)) data.SkippedLines.Add(number);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
            {
                // Not a line of APOC's JSON Lines (another shape, or no JSON at all): named in a warning, not a failure.
                data.SkippedLines.Add(number);
            }
        }
        return data;
    }

    private bool Add(JsonElement line)
    {
        if (!line.TryGetProperty("type", out var kind)) return false;
        var props = line.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        if (kind.GetString() == "node")
        {
            var id = line.GetProperty("id").GetString()!;
            var label = line.GetProperty("labels")[0].GetString()!;
            switch (label)
            {
                case "Document":
                    _documents[id] = Pick(props, ("title", "t"), ("source", "s"), ("url", "u"), ("date", "d"));
                    break;
                case "Statement":
                    _statements[id] = Pick(props, ("text", "t"), ("verb", "v"), ("date", "d"), ("documentId", "doc"), ("source", "src"));
                    break;
                default:
                    var aliases = props.ValueKind == JsonValueKind.Object && props.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                        ? a.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray()
                        : [];
                    var name = props.ValueKind == JsonValueKind.Object && props.TryGetProperty("name", out var n) ? n.GetString() ?? id : id;
                    _entities[id] = new Entity(id, label, name, aliases);
                    break;
            }
            return true;
        }
        if (kind.GetString() != "relationship") return false;
        var type = line.GetProperty("label").GetString()!;
        var start = line.GetProperty("start").GetProperty("id").GetString()!;
        var end = line.GetProperty("end").GetProperty("id").GetString()!;
        switch (type)
        {
            case "SAID":
                if (_statements.TryGetValue(end, out var said)) said["sp"] = start;
                else _pendingSpeakers.Add((end, start));
                break;
            case "ABOUT":
                _about.Add([start, end]);
                break;
            case "MENTIONS":
                _mentions.Add([start, end]);
                break;
            case "REPORTED_IN":
                break;
            default:
                var fact = Pick(props, ("evidence", "ev"), ("confidence", "c"), ("documentId", "doc"), ("date", "d"), ("aim", "aim"), ("role", "role"));
                fact["type"] = type;
                fact["from"] = start;
                fact["to"] = end;
                _facts.Add(fact);
                break;
        }
        return true;
    }

    private readonly List<(string Statement, string Speaker)> _pendingSpeakers = [];

    private static Dictionary<string, object?> Pick(JsonElement props, params (string From, string To)[] names)
    {
        var picked = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (props.ValueKind != JsonValueKind.Object) return picked;
        foreach (var (from, to) in names)
        {
            if (!props.TryGetProperty(from, out var value)) continue;
            picked[to] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => value.GetRawText(),
            };
        }
        return picked;
    }

    /// <summary>The data as JSON, safe to put inside a <c>script</c> element.</summary>
    public string ToJson()
    {
        foreach (var (statement, speaker) in _pendingSpeakers)
        {
            if (_statements.TryGetValue(statement, out var s)) s["sp"] = speaker;
        }
        _pendingSpeakers.Clear();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteStartArray("entities");
            foreach (var e in _entities.Values)
            {
                json.WriteStartArray();
                json.WriteStringValue(e.Id);
                json.WriteStringValue(e.Type);
                json.WriteStringValue(e.Name);
                json.WriteStartArray();
                foreach (var alias in e.Aliases) json.WriteStringValue(alias);
                json.WriteEndArray();
                json.WriteEndArray();
            }
            json.WriteEndArray();
            WriteMap(json, "documents", _documents);
            WriteMap(json, "statements", _statements);
            WritePairs(json, "about", _about);
            WritePairs(json, "mentions", _mentions);
            json.WriteStartArray("facts");
            foreach (var fact in _facts.OrderBy(f => (string)f["type"]!, StringComparer.Ordinal).ThenBy(f => (string)f["from"]!, StringComparer.Ordinal)
                         .ThenBy(f => (string)f["to"]!, StringComparer.Ordinal).ThenBy(f => f.GetValueOrDefault("doc") as string, StringComparer.Ordinal)
                         .ThenBy(f => f.GetValueOrDefault("ev") as string, StringComparer.Ordinal))
            {
                WriteObject(json, fact);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        // JavaScriptEncoder.Default escapes '<', '>' and '&', so no text in the data can close the script element.
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteMap(Utf8JsonWriter json, string name, SortedDictionary<string, Dictionary<string, object?>> map)
    {
        json.WriteStartObject(name);
        foreach (var (id, fields) in map)
        {
            json.WritePropertyName(id);
            WriteObject(json, fields);
        }
        json.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter json, string name, List<string[]> pairs)
    {
        json.WriteStartArray(name);
        foreach (var pair in pairs.OrderBy(p => p[0], StringComparer.Ordinal).ThenBy(p => p[1], StringComparer.Ordinal))
        {
            json.WriteStartArray();
            json.WriteStringValue(pair[0]);
            json.WriteStringValue(pair[1]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void WriteObject(Utf8JsonWriter json, Dictionary<string, object?> fields)
    {
        json.WriteStartObject();
        foreach (var (key, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            switch (value)
            {
                case null: json.WriteNull(key); break;
                case string s: json.WriteString(key, s); break;
                case double d: json.WriteNumber(key, d); break;
                case bool b: json.WriteBoolean(key, b); break;
                default: json.WriteString(key, value.ToString()); break;
            }
        }
        json.WriteEndObject();
    }
}
