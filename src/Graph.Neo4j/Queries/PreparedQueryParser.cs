using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Neo4j.Queries;

/// <summary>
/// Reads a prepared query file: a header of <c>//</c> comment lines, then one Cypher statement.
/// <code>
/// // Name: statements-about
/// // Description: Who said what about an entity ...
/// //   (indented lines continue the field above)
/// // Parameters:
/// //   $entity (string, required) The entity's name, alias or id. Example: Japan
/// //   $limit (integer, default 100) The most rows to return. Example: 20
/// MATCH ...
/// </code>
/// A parameter is <c>required</c> or has a <c>default</c> (<c>default null</c> for "not given"); its type is one of
/// <c>string</c>, <c>integer</c>, <c>float</c>, <c>boolean</c>, <c>date</c>; its example is what follows <c>Example:</c>.
/// </summary>
public static partial class PreparedQueryParser
{
    [GeneratedRegex(@"^\$(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+\((?<type>[a-z]+)(?:,\s*(?:(?<required>required)|default\s+(?<default>[^)]*)))?\)\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterLine();

    [GeneratedRegex(@"^(?<field>[A-Z][a-z]+):\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLine();

    /// <summary>Parses a query file's text; <paramref name="name"/> is the file's name without <c>.cypher</c>.</summary>
    /// <exception cref="FormatException">The header is missing a field or a parameter line is malformed; the message names <paramref name="source"/> and the line.</exception>
    public static PreparedQuery Parse(string name, string source, string text) => Parse(name, source, text, "//", ".cypher");

    /// <summary>
    /// Parses a query file whose header lines open with <paramref name="commentPrefix"/> (<c>#</c> for SPARQL's
    /// <c>.rq</c> files, which have the same header); <paramref name="extension"/> names the file kind in messages.
    /// </summary>
    /// <exception cref="FormatException">The header is missing a field or a parameter line is malformed.</exception>
    public static PreparedQuery Parse(string name, string source, string text, string commentPrefix, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(commentPrefix);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        string? queryName = null;
        var description = new StringBuilder();
        var parameters = new List<(int Line, StringBuilder Text)>();
        string? field = null;
        var bodyStart = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith(commentPrefix, StringComparison.Ordinal))
            {
                bodyStart = i;
                break;
            }
            var content = line[commentPrefix.Length..];
            var trimmed = content.Trim();
            if (trimmed.Length == 0) continue;
            var isContinuation = content.StartsWith("  ", StringComparison.Ordinal) || content.StartsWith('\t');
            var match = FieldLine().Match(trimmed);
            if (!isContinuation && match.Success)
            {
                field = match.Groups["field"].Value;
                var value = match.Groups["value"].Value.Trim();
                switch (field)
                {
                    case "Name": queryName = value; break;
                    case "Description": description.Append(value); break;
                    case "Parameters":
                        if (value.Length > 0 && value != "none") throw Error(source, i, "write each parameter on a line of its own below 'Parameters:'");
                        break;
                    default: throw Error(source, i, $"unknown header field '{field}'; the fields are Name, Description and Parameters");
                }
                continue;
            }
            switch (field)
            {
                case "Description": description.Append(' ').Append(trimmed); break;
                case "Parameters" when trimmed.StartsWith('$'): parameters.Add((i, new StringBuilder(trimmed))); break;
                case "Parameters" when parameters.Count > 0: parameters[^1].Text.Append(' ').Append(trimmed); break;
                default: throw Error(source, i, "a header line that continues no field; start it with 'Name:', 'Description:' or 'Parameters:'");
            }
        }

        if (queryName is null) throw Error(source, 0, "the header has no 'Name:' line");
        if (queryName != name) throw Error(source, 0, $"the header names the query '{queryName}' but the file is {name}{extension}; make them the same");
        if (description.Length == 0) throw Error(source, 0, "the header has no 'Description:' line");
        var body = string.Join('\n', lines[bodyStart..]).Trim();
        if (body.EndsWith(';')) body = body[..^1].TrimEnd();
        if (body.Length == 0) throw Error(source, bodyStart, "there is no statement after the header");
        return new PreparedQuery(queryName, description.ToString(), parameters.Select(p => ParseParameter(source, p.Line, p.Text.ToString())).ToArray(), body, source);
    }

    private static QueryParameter ParseParameter(string source, int line, string text)
    {
        var match = ParameterLine().Match(text);
        if (!match.Success)
        {
            throw Error(source, line, "a parameter line reads '$name (type, required) What it is. Example: value' or '$name (type, default value) ...'");
        }
        var name = match.Groups["name"].Value;
        var type = QueryParameter.ParseTypeName(match.Groups["type"].Value)
            ?? throw Error(source, line, $"${name} has type '{match.Groups["type"].Value}'; use string, integer, float, boolean or date");
        var required = match.Groups["required"].Success;
        if (!required && !match.Groups["default"].Success) throw Error(source, line, $"say whether ${name} is 'required' or has a 'default VALUE' (default null: not given)");
        object? fallback = null;
        if (!required)
        {
            try
            {
                fallback = QueryParameter.Convert(type, match.Groups["default"].Value.Trim());
            }
            catch (FormatException e)
            {
                throw Error(source, line, $"the default of ${name}: {e.Message}");
            }
        }
        var rest = match.Groups["rest"].Value;
        var at = rest.LastIndexOf("Example:", StringComparison.Ordinal);
        if (at < 0) throw Error(source, line, $"${name} has no 'Example:' value");
        var description = rest[..at].Trim();
        var example = rest[(at + "Example:".Length)..].Trim();
        if (description.Length == 0 || example.Length == 0) throw Error(source, line, $"${name} needs a description and an example");
        return new QueryParameter(name, type, required, fallback, description, example);
    }

    private static FormatException Error(string source, int line, string message) => new($"{source}:{line + 1}: {message}");
}
