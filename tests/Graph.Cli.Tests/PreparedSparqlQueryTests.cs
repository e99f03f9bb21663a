using Graph.Cli.Sparql;

namespace Graph.Cli.Tests;

/// <summary>The prepared SPARQL queries as files a user pastes into a triplestore, and what binding a parameter changes.</summary>
public class PreparedSparqlQueryTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "queries", "sparql");

    [Fact]
    public void Every_query_file_is_built_into_the_program_and_binds_its_parameters_in_one_values_line()
    {
        var files = Directory.GetFiles(Folder, "*.rq").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();

        PreparedSparqlQuery.Shipped.Select(q => q.Header.Name).Should().Equal(files);
        foreach (var query in PreparedSparqlQuery.Shipped)
        {
            query.Text.Should().Be(File.ReadAllText(Path.Combine(Folder, query.Header.Name + ".rq")), "the program runs the file as it is in the repository");
            query.Text.Split('\n').Where(l => !l.StartsWith('#')).Should().NotContain(l => l.Contains('$'),
                "a $name placeholder left in the body does not parse after LIMIT and means 'unbound' elsewhere");
        }
    }

    [Fact]
    public void Binding_changes_the_values_line_and_the_limit_and_nothing_else()
    {
        var query = PreparedSparqlQuery.Find("statements-about")!;

        var bound = query.Bind(new Dictionary<string, object?> { ["entity"] = "Kenya", ["limit"] = 5L });

        var before = query.Text.Split('\n');
        var after = bound.Split('\n');
        after.Should().HaveCount(before.Length);
        var changed = before.Zip(after).Where(p => p.First != p.Second).Select(p => p.Second).ToArray();
        changed.Should().Equal("  VALUES (?entity) { (\"Kenya\") }", "LIMIT 5");
    }

    [Fact]
    public void A_parameter_not_given_keeps_what_the_query_says()
    {
        var query = PreparedSparqlQuery.Find("claim-sources")!;

        var bound = query.Bind(new Dictionary<string, object?> { ["relation"] = "supports" });

        bound.Should().Contain("  VALUES (?subject ?relation ?object) { (\"Russia\" \"supports\" UNDEF) }");
        query.Bind(new Dictionary<string, object?>()).Should().Be(query.Text);
    }

    [Theory]
    [InlineData("Kenya\" } ?x ?y ?z . { \"", "\"Kenya\\\" } ?x ?y ?z . { \\\"\"")]
    [InlineData("back\\slash\nnew line", "\"back\\\\slash\\nnew line\"")]
    public void A_string_value_can_never_end_its_literal(string value, string term) =>
        PreparedSparqlQuery.Term(value).Should().Be(term);

    [Fact]
    public void Typed_values_become_typed_literals() =>
        new object?[] { 20L, true, new DateOnly(2021, 4, 7), null }.Select(PreparedSparqlQuery.Term).Should().Equal(
            "20", "true", "\"2021-04-07\"^^<http://www.w3.org/2001/XMLSchema#date>", "UNDEF");

    [Fact]
    public void A_query_file_whose_values_line_does_not_match_its_header_is_refused()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "conflicts.rq")).Replace("VALUES (?conflict)", "VALUES (?war)", StringComparison.Ordinal);

        var parse = () => PreparedSparqlQuery.Parse("conflicts", "conflicts.rq", text);

        parse.Should().Throw<FormatException>().WithMessage("conflicts.rq: the VALUES line binds war but the header declares conflict");
    }

    [Fact]
    public async Task Print_shows_the_query_with_the_parameters_bound_and_a_typo_gets_a_suggestion()
    {
        var print = await CommandRun.RunAsync("sparql", "co-mentioned", "--param", "entity=Sudan", "--param", "limit=3", "--print");
        var typo = await CommandRun.RunAsync("sparql", "co-mentiond");
        var badValue = await CommandRun.RunAsync("sparql", "co-mentioned", "--param", "limit=many", "--print");
        var missing = await CommandRun.RunAsync("sparql", "statements-about", "--print");

        print.ExitCode.Should().Be(0, print.ToString());
        print.Output.Should().Contain("  VALUES (?entity) { (\"Sudan\") }\n").And.Contain("\nLIMIT 3");
        typo.ExitCode.Should().Be(2);
        typo.Error.Should().Contain("no prepared SPARQL query 'co-mentiond'; did you mean co-mentioned?");
        badValue.ExitCode.Should().Be(2);
        badValue.Error.Should().Contain("--param limit: 'many' is not an integer");
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("statements-about needs --param entity=");
    }

    [Fact]
    public async Task An_endpoint_that_does_not_answer_is_named_with_exit_code_5()
    {
        var run = await CommandRun.RunAsync("sparql", "conflicts", "--endpoint", "http://127.0.0.1:1/sparql");

        run.ExitCode.Should().Be(ExitCodes.Unavailable);
        run.Error.Should().StartWith("graph: error: cannot reach http://127.0.0.1:1/sparql");
    }

    [Fact]
    public void A_query_file_saved_with_windows_line_endings_is_read_and_bound_alike()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "co-mentioned.rq")).ReplaceLineEndings("\r\n");

        var query = PreparedSparqlQuery.Parse("co-mentioned", "co-mentioned.rq", text);
        var bound = query.Bind(new Dictionary<string, object?> { ["entity"] = "Sudan", ["limit"] = 3L });

        bound.Should().Contain("  VALUES (?entity) { (\"Sudan\") }\r\n").And.Contain("\r\nLIMIT 3");
        bound.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "the file keeps its own line endings");
    }
}
