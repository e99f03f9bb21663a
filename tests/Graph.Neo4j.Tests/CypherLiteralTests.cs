using System.Globalization;
using System.Text;
using CsCheck;
using Graph.Neo4j.Export;

namespace Graph.Neo4j.Tests;

public class CypherLiteralTests
{
    private static string Literal(object value)
    {
        var sb = new StringBuilder();
        CypherLiteral.Append(sb, value);
        return sb.ToString();
    }

    private static string Identifier(string name)
    {
        var sb = new StringBuilder();
        CypherLiteral.AppendIdentifier(sb, name);
        return sb.ToString();
    }

    [Theory]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData(@"\n is text", @"'\\n is text'")]
    [InlineData("line\nbreak", @"'line\nbreak'")]
    [InlineData("cr\r\n", @"'cr\r\n'")]
    [InlineData("tab\t", @"'tab\t'")]
    [InlineData("\b\f", @"'\b\f'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("\u202Eevil", @"'\u202Eevil'")]
    [InlineData("\u2067\u2069", @"'\u2067\u2069'")]
    [InlineData("a\u200Db", @"'a\u200Db'")]
    [InlineData("\uFEFF", @"'\uFEFF'")]
    [InlineData("\u0001\u001F\u007F\u0085", @"'\u0001\u001F\u007F\u0085'")]
    [InlineData("\u2028\u2029", @"'\u2028\u2029'")]
    [InlineData("😀", "'😀'")]
    [InlineData("مرحبا", "'مرحبا'")]
    [InlineData("é", "'é'")]
    [InlineData("$x }", "'$x }'")]
    [InlineData("", "''")]
    public void Strings_become_single_quoted_literals_with_cypher_escapes(string value, string expected) =>
        Literal(value).Should().Be(expected);

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(123.0, "123.0")]
    [InlineData(0.75, "0.75")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e20, "1E+20")]
    [InlineData(1e-5, "1E-05")]
    public void Doubles_are_written_as_float_literals(double value, string expected) =>
        Literal(value).Should().Be(expected);

    [Fact]
    public void Any_finite_double_is_written_as_a_float_literal_that_reads_back_exactly()
    {
        // Cypher reads digits with a point or an exponent as FLOAT; bare digits would be an INTEGER.
        Gen.Double.Where(double.IsFinite).Sample(d =>
        {
            var literal = Literal(d);
            literal.Should().MatchRegex(@"^-?[0-9]+(\.[0-9]+)?(E[+-][0-9]+)?$");
            (literal.Contains('.', StringComparison.Ordinal) || literal.Contains('E', StringComparison.Ordinal)).Should().BeTrue(literal);
            double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(d);
        }, iter: 2000);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Nan_and_infinities_are_rejected(double value) =>
        FluentActions.Invoking(() => Literal(value)).Should().Throw<ArgumentException>();

    [Fact]
    public void Other_values_have_their_cypher_form()
    {
        Literal(42L).Should().Be("42");
        Literal(-7L).Should().Be("-7");
        Literal(long.MaxValue).Should().Be("9223372036854775807");
        Literal(true).Should().Be("true");
        Literal(false).Should().Be("false");
        Literal(new DateOnly(2021, 4, 7)).Should().Be("date('2021-04-07')");
        Literal(new DateOnly(1, 1, 1)).Should().Be("date('0001-01-01')");
        Literal(new[] { "a", "it's", "" }).Should().Be(@"['a', 'it\'s', '']");
        Literal(Array.Empty<string>()).Should().Be("[]");
        FluentActions.Invoking(() => Literal(new object())).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("name", "name")]
    [InlineData("_private", "_private")]
    [InlineData("iso2", "iso2")]
    [InlineData("documentId", "documentId")]
    [InlineData("two words", "`two words`")]
    [InlineData("x`y", "`x``y`")]
    [InlineData("1st", "`1st`")]
    [InlineData("a-b", "`a-b`")]
    [InlineData("é", "`é`")]
    [InlineData("a.b", "`a.b`")]
    public void Identifiers_are_back_quoted_only_when_needed(string name, string expected) =>
        Identifier(name).Should().Be(expected);

    [Fact]
    public void A_string_literal_never_holds_a_raw_line_break_control_or_invisible_character()
    {
        CypherGen.HostileString.Sample(s =>
        {
            var literal = Literal(s);
            literal.Where(IsHidden).Should().BeEmpty(literal);
        }, iter: 2000);
    }

    // Format characters outside the BMP (tag characters in flag emoji) stay readable as they are.
    private static bool IsHidden(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
