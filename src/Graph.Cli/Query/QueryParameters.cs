using System.Globalization;
using Graph.Neo4j.Queries;

namespace Graph.Cli.Query;

/// <summary>Turns <c>--param key=value</c> options into the parameters a statement is sent with.</summary>
public static class QueryParameters
{
    /// <summary>
    /// The parameters for <paramref name="query"/>: each value converted to its declared type, defaults filled in for
    /// those not given. Unknown names and missing required ones are errors, each a line that says what to do.
    /// For an ad-hoc statement (<paramref name="query"/> null), values are typed by their look: integers, floats,
    /// <c>true</c>/<c>false</c>, <c>null</c> and ISO dates; anything else, or anything in quotes, is a string.
    /// </summary>
    public static Dictionary<string, object?> Build(IEnumerable<string> given, PreparedQuery? query, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(errors);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var option in given)
        {
            var eq = option.IndexOf('=', StringComparison.Ordinal);
            var key = eq > 0 ? option[..eq].Trim().TrimStart('$') : "";
            if (key.Length == 0)
            {
                errors.Add($"--param '{option}' is not key=value");
                continue;
            }
            var text = option[(eq + 1)..];
            if (query is null)
            {
                parameters[key] = Infer(text);
                continue;
            }
            var declared = query.Parameter(key);
            if (declared is null)
            {
                errors.Add(query.Parameters.Count == 0
                    ? $"{query.Name} takes no parameters, but --param {key} was given"
                    : $"{query.Name} has no parameter '{key}'; its parameters are {string.Join(", ", query.Parameters.Select(p => p.Name))}");
                continue;
            }
            try
            {
                parameters[key] = declared.Convert(Unquote(text));
            }
            catch (FormatException e)
            {
                errors.Add($"--param {key}: {e.Message} ({declared.TypeName}, for example {declared.Example})");
            }
        }
        if (query is null) return parameters;
        foreach (var parameter in query.Parameters.Where(p => !parameters.ContainsKey(p.Name)))
        {
            if (parameter.IsRequired) errors.Add($"{query.Name} needs --param {parameter.Name}=... ({parameter.TypeName}: {parameter.Description} For example: --param {parameter.Name}={parameter.Example})");
            else parameters[parameter.Name] = parameter.Default;
        }
        return parameters;
    }

    private static object? Infer(string text)
    {
        var inv = CultureInfo.InvariantCulture;
        if (text.Length >= 2 && (text[0] is '\'' or '"') && text[^1] == text[0]) return text[1..^1];
        if (text == "null") return null;
        if (text is "true" or "false") return text == "true";
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, inv, out var l)) return l;
        if (double.TryParse(text, NumberStyles.Float, inv, out var d) && double.IsFinite(d) && text.Any(char.IsAsciiDigit)) return d;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var date)) return date;
        return text;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] is '\'' or '"') && text[^1] == text[0] ? text[1..^1] : text;
}
