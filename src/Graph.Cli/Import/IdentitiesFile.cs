using Graph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Cli.Import;

/// <summary>
/// Reads an analyst's identity decisions (README, "Identity of entities") from YAML (<c>.yaml</c>, <c>.yml</c>) or
/// tab-separated text (any other name). YAML:
/// <code>
/// merge:
///   - name: Shah Mahmood Qureshi      # the canonical name of the merged entity
///     label: Person                   # optional: Person, Country, Organization, Project or Conflict
///     same: [Mahmood Qureshi, person/mhmd-qrsh]
/// split:
///   - alias: Moscow                   # this surface form ...
///     from: Russia                    # ... is not a name of this entity (id or name)
/// </code>
/// TSV, one decision per line (<c>#</c> starts a comment): <c>merge NAME LABEL MEMBER|MEMBER...</c> and
/// <c>split ALIAS - ENTITY</c> (LABEL may be <c>-</c> for any). Every problem is reported as <c>FILE:LINE: ...</c>.
/// </summary>
public static class IdentitiesFile
{
    /// <summary>Reads the file; throws <see cref="FormatException"/> with the file, line and problem when it is not a valid decisions file.</summary>
    public static IdentityDecisions Read(string path)
    {
        var text = File.ReadAllText(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".yaml" or ".yml" ? ParseYaml(path, text) : ParseTsv(path, text);
    }

    /// <summary>
    /// The decisions of the file given with <c>--identities</c> (none when it is not given); false when it cannot be
    /// read, with the file, line and problem written to <paramref name="error"/>.
    /// </summary>
    public static bool TryRead(FileInfo? file, TextWriter error, out IdentityDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(error);
        decisions = IdentityDecisions.None;
        if (file is null) return true;
        try
        {
            decisions = Read(file.FullName);
            return true;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e is FormatException ? $"graph: {e.Message}" : $"graph: {file}: cannot be read: {e.Message}");
            return false;
        }
    }

    /// <summary>Parses YAML text; <paramref name="name"/> names it in messages.</summary>
    public static IdentityDecisions ParseYaml(string name, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{name}:{e.Start.Line}: not valid YAML: {e.Message}");
        }
        var merges = new List<MergeDecision>();
        var splits = new List<SplitDecision>();
        if (stream.Documents.Count == 0) return IdentityDecisions.None;
        if (stream.Documents[0].RootNode is not YamlMappingNode root) throw new FormatException($"{name}:1: expected a mapping with 'merge' and 'split' lists");
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = Scalar(name, keyNode);
            // "merge:" with nothing under it (as suggest prints when it finds nothing) is an empty list.
            if (valueNode is YamlScalarNode { Value: null or "" or "~" or "null" } && key is "merge" or "split") continue;
            if (valueNode is not YamlSequenceNode list) throw Problem(name, valueNode, $"'{key}' must be a list");
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode entry) throw Problem(name, item, $"each '{key}' entry must be a mapping");
                var fields = entry.Children.ToDictionary(p => Scalar(name, p.Key), p => p.Value, StringComparer.Ordinal);
                switch (key)
                {
                    case "merge":
                    {
                        Known(name, entry, fields, "name", "label", "same");
                        var canonical = Required(name, entry, fields, "name");
                        var label = fields.TryGetValue("label", out var l) ? Label(name, l, Scalar(name, l)) : (NodeLabel?)null;
                        if (!fields.TryGetValue("same", out var same) || same is not YamlSequenceNode members || members.Children.Count == 0)
                            throw Problem(name, entry, $"merge '{canonical}' needs 'same': a list of the ids or names to merge");
                        merges.Add(new MergeDecision(canonical, label, members.Children.Select(m => Scalar(name, m)).ToArray()));
                        break;
                    }
                    case "split":
                    {
                        Known(name, entry, fields, "alias", "from");
                        splits.Add(new SplitDecision(Required(name, entry, fields, "alias"), Required(name, entry, fields, "from")));
                        break;
                    }
                    default:
                        throw Problem(name, keyNode, $"unknown section '{key}'; a decisions file has 'merge' and 'split'");
                }
            }
        }
        return new IdentityDecisions(merges, splits);
    }

    /// <summary>Parses tab-separated text; <paramref name="name"/> names it in messages.</summary>
    public static IdentityDecisions ParseTsv(string name, string text)
    {
        var merges = new List<MergeDecision>();
        var splits = new List<SplitDecision>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            var where = $"{name}:{n + 1}";
            switch (cells[0])
            {
                case "merge" when cells.Length == 4 && cells[1].Length > 0 && cells[3].Length > 0:
                    merges.Add(new MergeDecision(cells[1], cells[2] is "" or "-" ? null : Label(where, cells[2]),
                        cells[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                    break;
                case "split" when cells.Length == 4 && cells[1].Length > 0 && cells[3].Length > 0:
                    splits.Add(new SplitDecision(cells[1], cells[3]));
                    break;
                case "merge" or "split":
                    throw new FormatException($"{where}: '{cells[0]}' needs four tab-separated cells: {cells[0]}, {(cells[0] == "merge" ? "NAME, LABEL (or -), MEMBER|MEMBER..." : "ALIAS, -, ENTITY")}");
                default:
                    throw new FormatException($"{where}: unknown decision '{cells[0]}'; a line starts with merge or split");
            }
        }
        return new IdentityDecisions(merges, splits);
    }

    private static NodeLabel Label(string where, string text) =>
        Enum.TryParse<NodeLabel>(text, ignoreCase: true, out var label) && label.IsEntity()
            ? label
            : throw new FormatException($"{where}: unknown label '{text}'; use Person, Country, Organization, Project or Conflict");

    private static NodeLabel Label(string name, YamlNode node, string text) => Label($"{name}:{node.Start.Line}", text);

    private static string Scalar(string name, YamlNode node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : throw Problem(name, node, "expected a non-empty text");

    private static string Required(string name, YamlMappingNode entry, Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? Scalar(name, node) : throw Problem(name, entry, $"missing '{key}'");

    private static void Known(string name, YamlMappingNode entry, Dictionary<string, YamlNode> fields, params string[] keys)
    {
        foreach (var key in fields.Keys)
        {
            if (!keys.Contains(key)) throw Problem(name, entry, $"unknown key '{key}'; expected {string.Join(", ", keys)}");
        }
    }

    private static FormatException Problem(string name, YamlNode node, string message) => new($"{name}:{node.Start.Line}: {message}");
}
