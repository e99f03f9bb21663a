using System.Globalization;
using System.Text;

namespace Graph.Evaluation.Reporting;

/// <summary>The table score.py prints, character for character: type, P, R, F1, gold, pred; a line per group.</summary>
public static class ScoreTableWriter
{
    /// <summary>The header line.</summary>
    public const string Header = "type                P      R     F1  gold  pred";

    /// <summary>
    /// Formats the report: entity types, the ENTITIES line, relation types, the RELATIONS line, and with
    /// <paramref name="verbose"/> every miss and extra indented by two spaces (score.py's <c>-v</c>).
    /// Lines end with <c>\n</c>.
    /// </summary>
    public static string Format(EvaluationReport report, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder().Append(Header).Append('\n');
        foreach (var (types, group) in new[] { (report.EntityTypes, report.Entities), (report.RelationTypes, report.Relations) })
        {
            foreach (var t in types)
            {
                // f"{k:14} {p:6.3f} {r:6.3f} {f:6.3f}  {gold:4d}  {pred:4d}"
                sb.Append(Scores(t.Type, t)).Append(CultureInfo.InvariantCulture, $"  {t.Gold,4}  {t.Predicted,4}").Append('\n');
            }
            sb.Append(Scores(group.Type.ToUpperInvariant(), group)).Append('\n');
        }
        if (verbose)
        {
            foreach (var m in report.Misses) sb.Append("  ").Append(m).Append('\n');
        }
        return sb.ToString();
    }

    private static string Scores(string name, TypeScore t) =>
        $"{name,-14} {PythonText.Fixed(t.Precision, 6, 3)} {PythonText.Fixed(t.Recall, 6, 3)} {PythonText.Fixed(t.F1, 6, 3)}";
}
