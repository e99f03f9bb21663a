using CsCheck;

namespace Graph.Rdf.Tests;

public class FormatterTests
{
    [Theory]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\"")]
    [InlineData("bell\u0007del\u007F", "\"bell\\u0007del\\u007F\"")]
    [InlineData("emoji 😀 rtl \u202Eعربي", "\"emoji 😀 rtl \u202Eعربي\"")]
    public void Literals_use_ECHAR_and_UCHAR(string value, string expected) =>
        NTriplesFormatter.Quoted(value).Should().Be(expected);

    [Fact]
    public void Ids_are_percent_encoded_outside_iunreserved() =>
        RdfDataIris.EncodeId("person/a b#c%d<e>\"{}|\\^`é").Should().Be("person/a%20b%23c%25d%3Ce%3E%22%7B%7D%7C%5C%5E%60é");

    [Fact]
    public void Doubles_are_canonical()
    {
        RdfLexical.CanonicalDouble(0.7).Should().Be("7.0E-1");
        RdfLexical.CanonicalDouble(1.0).Should().Be("1.0E0");
        RdfLexical.CanonicalDouble(0).Should().Be("0.0E0");
        RdfLexical.CanonicalDouble(-123.45).Should().Be("-1.2345E2");
        RdfLexical.CanonicalDouble(1e-5).Should().Be("1.0E-5");
    }

    [Fact]
    public void Turtle_uses_prefixed_names_only_where_PN_LOCAL_allows()
    {
        var f = TurtleFormatter.ForData(new RdfDataIris());
        f.Iri(new RdfIri("https://graph.example.org/id/person/srg-lvrv")).Should().Be("person:srg-lvrv");
        f.Iri(new RdfIri("https://graph.example.org/id/person/a%20b")).Should().Be("<https://graph.example.org/id/person/a%20b>");
        f.Iri(new RdfIri("https://graph.example.org/id/person/x.")).Should().Be("<https://graph.example.org/id/person/x.>");
        f.Literal(RdfLiteral.LanguageString("hi", "en-GB")).Should().Be("\"hi\"@en-GB");
        f.Literal(RdfLiteral.Double(0.5)).Should().Be("5.0E-1");
        f.Literal(RdfLiteral.Date(new DateOnly(2021, 4, 7))).Should().Be("\"2021-04-07\"^^xsd:date");
    }

    [Fact]
    public void Generated_strings_round_trip_through_NTriples_escaping() =>
        Gen.String[Gen.Char, 0, 40].Select(s => new string(s.Where(c => !char.IsSurrogate(c)).ToArray()))
            .Sample(s => NTriplesUnescaper.Literal(NTriplesFormatter.Quoted(s)) == s);

    [Fact]
    public void Generated_ids_make_valid_iris_that_decode_back() =>
        Gen.String[Gen.Char, 1, 30].Select(s => new string(s.Where(c => !char.IsSurrogate(c)).ToArray()) + "x")
            .Sample(id =>
            {
                var iri = NTriplesFormatter.Iri("https://graph.example.org/id/" + RdfDataIris.EncodeId(id));
                var text = NTriplesUnescaper.Iri(iri);
                return !text.Any(c => c <= ' ' || "<>\"{}|^`\\".Contains(c)) && Uri.UnescapeDataString(text[29..]) == id;
            });
}
