using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.TestSupport;

/// <summary>What <c>node lint-cypher.mjs</c> said.</summary>
public sealed record LintResult(int ExitCode, string Output, string Error)
{
    private static readonly Regex Summary = new(@"^linted (\d+) statements, (\d+) errors$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The statement count of the summary line.</summary>
    public int Statements => int.Parse(Summary.Match(Output).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The error count of the summary line.</summary>
    public int Errors => int.Parse(Summary.Match(Output).Groups[2].Value, CultureInfo.InvariantCulture);

    public bool HasSummary => Summary.IsMatch(Output);

    public override string ToString() => $"exit {ExitCode}\n{Output}{Error}";
}
