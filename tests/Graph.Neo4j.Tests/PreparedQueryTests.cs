using System.Text.RegularExpressions;
using Graph.Neo4j.Queries;

namespace Graph.Neo4j.Tests;

/// <summary>The prepared queries of queries/cypher: their headers, their parameters, and Neo4j's linter on every file.</summary>
public partial class PreparedQueryTests
{
    private static string QueriesFolder => Path.Combine(RepositoryPaths.Root, "queries", "cypher");

    private static IEnumerable<string> QueryFiles => Directory.EnumerateFiles(QueriesFolder, "*.cypher").Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterUse();

    [Fact]
    public void At_least_ten_queries_ship_each_with_a_name_description_and_examples()
    {
        var shipped = PreparedQueryCatalog.Shipped;

        shipped.Should().HaveCountGreaterThanOrEqualTo(10);
        shipped.Select(q => q.Name).Should().Equal(QueryFiles.Select(Path.GetFileNameWithoutExtension), "every file is built in, under its file name");
        shipped.Should().AllSatisfy(q =>
        {
            q.Description.Length.Should().BeGreaterThan(40, q.Name);
            q.Cypher.Should().NotStartWith("//").And.NotEndWith(";");
            q.Parameters.Should().AllSatisfy(p =>
            {
                p.Description.Should().NotBeEmpty();
                p.Example.Should().NotBeEmpty();
                if (p.Type != QueryParameterType.String || p.IsRequired) p.Convert(p.Example).Should().NotBeNull($"{q.Name} ${p.Name}: the example is a value of its type");
            });
        });
        shipped.Select(q => q.Name).Should().Contain(
            ["statements-about", "person-statements", "supporters", "commitments", "conflicts", "person-roles",
             "co-mentioned", "documents-mentioning-both", "shortest-path", "most-connected"]);
    }

    [Fact]
    public void Every_parameter_used_is_declared_and_every_declared_one_is_used()
    {
        foreach (var query in PreparedQueryCatalog.Shipped)
        {
            var used = ParameterUse().Matches(query.Cypher).Select(m => m.Groups[1].Value).ToHashSet();
            used.Should().BeEquivalentTo(query.Parameters.Select(p => p.Name), query.Name);
        }
    }

    [Fact]
    public void Entity_lookups_accept_a_name_an_alias_in_any_case_or_an_id()
    {
        // Each parameter documented as "name or alias ... or id" is compared case-insensitively with all three.
        foreach (var query in PreparedQueryCatalog.Shipped)
        {
            foreach (var p in query.Parameters.Where(p => p.Description.Contains("name or alias", StringComparison.Ordinal)))
            {
                var name = "$" + p.Name;
                query.Cypher.Should().Contain($".id) = toLower({name})", query.Name)
                    .And.Contain($".name) = toLower({name})")
                    .And.Contain($"WHERE toLower(alias) = toLower({name}))");
            }
        }
    }

    [Fact]
    public async Task Every_cypher_file_of_queries_and_graph_schema_lints_clean()
    {
        var files = QueryFiles.Append(RepositoryPaths.SchemaCypher).ToArray();

        var result = await CypherLinter.LintAsync(files);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain($"linted {PreparedQueryCatalog.Shipped.Count + Export.SchemaScript.Statements.Count} statements, 0 errors", result.ToString());
    }

    [Fact]
    public void A_header_is_read_with_continuations_defaults_and_examples()
    {
        var query = PreparedQueryParser.Parse("q", "q.cypher",
            "// Name: q\n" +
            "// Description: First line\n" +
            "//   and its continuation.\n" +
            "// Parameters:\n" +
            "//   $who (string, required) Someone's name. Example: Tomas Varga\n" +
            "//   $n (integer, default 5) How many, which\n" +
            "//     wraps. Example: 3\n" +
            "//   $since (date, default null) From when. Example: 2020-01-01\n" +
            "MATCH (p:Person {name: $who}) RETURN p LIMIT $n;\n");

        query.Description.Should().Be("First line and its continuation.");
        query.Cypher.Should().Be("MATCH (p:Person {name: $who}) RETURN p LIMIT $n");
        query.Parameters.Should().BeEquivalentTo(new[]
        {
            new QueryParameter("who", QueryParameterType.String, true, null, "Someone's name.", "Tomas Varga"),
            new QueryParameter("n", QueryParameterType.Integer, false, 5L, "How many, which wraps.", "3"),
            new QueryParameter("since", QueryParameterType.Date, false, null, "From when.", "2020-01-01"),
        });
        query.ExampleCommand().Should().Be("graph query q --param who='Tomas Varga'");
    }

    [Theory]
    [InlineData("// Description: d\nRETURN 1", "no 'Name:'")]
    [InlineData("// Name: other\n// Description: d\nRETURN 1", "file is q.cypher")]
    [InlineData("// Name: q\nRETURN 1", "no 'Description:'")]
    [InlineData("// Name: q\n// Description: d\n// Parameters:\n//   $x (string) X. Example: 1\nRETURN $x", "'required' or has a 'default VALUE'")]
    [InlineData("// Name: q\n// Description: d\n// Parameters:\n//   $x (text, required) X. Example: 1\nRETURN $x", "use string, integer")]
    [InlineData("// Name: q\n// Description: d\n// Parameters:\n//   $x (integer, default many) X. Example: 1\nRETURN $x", "the default of $x")]
    [InlineData("// Name: q\n// Description: d\n// Parameters:\n//   $x (integer, required) X.\nRETURN $x", "no 'Example:'")]
    [InlineData("// Name: q\n// Description: d\n// Author: me\nRETURN 1", "unknown header field 'Author'")]
    [InlineData("// Name: q\n// Description: d\n", "no statement")]
    public void A_malformed_header_is_an_error_that_names_the_file_and_line(string text, string message)
    {
        var parse = () => PreparedQueryParser.Parse("q", "q.cypher", text);

        parse.Should().Throw<FormatException>().Which.Message.Should().StartWith("q.cypher:").And.Contain(message);
    }

    [Theory]
    [InlineData(QueryParameterType.Integer, "42", 42L)]
    [InlineData(QueryParameterType.Float, "0.5", 0.5)]
    [InlineData(QueryParameterType.Boolean, "TRUE", true)]
    [InlineData(QueryParameterType.String, "null", "null")]
    [InlineData(QueryParameterType.Integer, "null", null)]
    public void Values_are_converted_to_the_declared_type(QueryParameterType type, string text, object? expected) =>
        QueryParameter.Convert(type, text).Should().Be(expected);

    [Fact]
    public void Dates_are_iso_dates()
    {
        QueryParameter.Convert(QueryParameterType.Date, "2021-04-07").Should().Be(new DateOnly(2021, 4, 7));
        FluentActions.Invoking(() => QueryParameter.Convert(QueryParameterType.Date, "7/4/2021")).Should().Throw<FormatException>().WithMessage("*2021-04-07*");
    }
}
