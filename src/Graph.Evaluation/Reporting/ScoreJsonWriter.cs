using System.Globalization;
using System.Text;

namespace Graph.Evaluation.Reporting;

/// <summary>
/// The JSON object score.py prints with <c>--json</c>, byte for byte as Python's <c>json.dumps</c> writes it:
/// per type <c>p</c>, <c>r</c>, <c>f1</c> (rounded to 3 places), <c>gold</c>, <c>pred</c>; per group
/// (<c>entities</c>, <c>relations</c>) <c>p</c>, <c>r</c>, <c>f1</c>; keys in the order of the table.
/// </summary>
public static class ScoreJsonWriter
{
    /// <summary>
    /// Formats the report as one line of JSON (no line end). With <paramref name="includeMisses"/> a last key,
    /// <c>misses</c>, holds the miss and extra lines; score.py has no such key.
    /// </summary>
    public static string Format(EvaluationReport report, bool includeMisses = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<string>();
        foreach (var (types, group) in new[] { (report.EntityTypes, report.Entities), (report.RelationTypes, report.Relations) })
        {
            foreach (var t in types)
            {
                parts.Add($"{Quote(t.Type)}: {{{Scores(t)}, \"gold\": {Integer(t.Gold)}, \"pred\": {Integer(t.Predicted)}}}");
            }
            parts.Add($"{Quote(group.Type)}: {{{Scores(group)}}}");
        }
        if (includeMisses) parts.Add($"\"misses\": [{string.Join(", ", report.Misses.Select(Quote))}]");
        return "{" + string.Join(", ", parts) + "}";
    }

    private static string Scores(TypeScore t) =>
        $"\"p\": {Number(t.Precision)}, \"r\": {Number(t.Recall)}, \"f1\": {Number(t.F1)}";

    // round(x, 3), then repr: 0.667, 1.0, 0.0.
    private static string Number(double value) => PythonText.Float(PythonText.Round(value, 3));

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A JSON string as json.dumps writes it (ensure_ascii: everything beyond ASCII as \u escapes).</summary>
    private static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append(@"\\"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default:
                    if (c < 0x20 || c > 0x7E) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
