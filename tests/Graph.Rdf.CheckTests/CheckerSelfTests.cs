namespace Graph.Rdf.CheckTests;

/// <summary>
/// The RDF checkers themselves, on small hand-written files (tests/fixtures/rdf): each accepts what is right and
/// rejects what is wrong, so a green export test means something.
/// </summary>
public class CheckerSelfTests
{
    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "rdf", name);

    [Fact]
    public async Task Every_format_of_the_same_triples_loads_with_the_same_count()
    {
        var run = await RdfCheckers.LoadAsync("--check-literals", Fixture("tiny.nt"), Fixture("tiny.ttl"), Fixture("tiny.nq"), Fixture("tiny.trig"), Fixture("tiny.jsonld"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("tiny.nt: nt, 7 quads, 7 distinct triples, 7 in the default graph, 0 named graphs, 0 bad literals")
            .And.Contain("tiny.ttl: ttl, 7 quads, 7 distinct triples")
            .And.Contain("tiny.nq: nq, 7 quads, 7 distinct triples, 3 in the default graph, 1 named graphs")
            .And.Contain("tiny.trig: trig, 7 quads, 7 distinct triples, 3 in the default graph, 1 named graphs")
            .And.Contain("tiny.jsonld: jsonld, 7 quads");
    }

    [Fact]
    public async Task A_syntax_error_fails_with_its_line_and_column()
    {
        var run = await RdfCheckers.LoadAsync(Fixture("bad-syntax.ttl"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("bad-syntax.ttl").And.Contain("line 3").And.Contain("column");
    }

    [Fact]
    public async Task A_literal_that_is_not_a_value_of_its_datatype_fails_the_literal_check()
    {
        var plain = await RdfCheckers.LoadAsync(Fixture("bad-literal.nt"));
        plain.ExitCode.Should().Be(0, "parsers accept any lexical form: that is why the literal check exists\n" + plain);

        var run = await RdfCheckers.LoadAsync("--check-literals", Fixture("bad-literal.nt"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("\"1990-13-45\"^^<http://www.w3.org/2001/XMLSchema#date>")
            .And.Contain("\"1.5\"^^<http://www.w3.org/2001/XMLSchema#integer>")
            .And.NotContain("\"42\"");
    }

    [Fact]
    public async Task JsonLd_equal_to_the_ntriples_passes_and_a_changed_value_fails()
    {
        var same = await RdfCheckers.JsonLdAsync(Fixture("tiny.jsonld"), Fixture("tiny.nt"));
        same.ExitCode.Should().Be(0, same.ToString());
        same.Output.Should().Contain("7 triples, equal to");

        var differs = await RdfCheckers.JsonLdAsync(Fixture("differs.jsonld"), Fixture("tiny.nt"));
        differs.ExitCode.Should().Be(1, differs.ToString());
        differs.Error.Should().Contain("only in").And.Contain("\"C\"").And.Contain("\"B\"");
    }

    [Fact]
    public async Task JsonLd_with_a_term_that_would_be_dropped_fails_in_safe_mode()
    {
        var run = await RdfCheckers.JsonLdAsync(Fixture("dropped-term.jsonld"), Fixture("tiny.nt"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("Safe mode").And.Contain("blankish");
    }

    [Fact]
    public async Task Jsonld_compared_with_nquads_compares_graph_names_too()
    {
        var run = await RdfCheckers.JsonLdAsync(Fixture("tiny.jsonld"), Fixture("tiny.nq"));

        run.ExitCode.Should().Be(1, "tiny.jsonld has no named graph\n" + run);
        run.Error.Should().Contain("<http://example.org/g/1>");
    }

    [Fact]
    public async Task Shacl_passes_conforming_data_and_reports_each_violation()
    {
        var ok = await RdfCheckers.ShaclAsync(Fixture("tiny-shapes.ttl"), Fixture("tiny.nt"), Fixture("tiny.jsonld"));
        ok.ExitCode.Should().Be(0, ok.ToString());
        ok.Output.Should().Contain("conforms");

        var bad = await RdfCheckers.ShaclAsync(Fixture("tiny-shapes.ttl"), Fixture("tiny.nt"), Fixture("violation.nt"));
        bad.ExitCode.Should().Be(1, bad.ToString());
        bad.Output.Should().Contain("does not conform: 2 results (2 violations)")
            .And.Contain("MinCountConstraintComponent").And.Contain("DatatypeConstraintComponent")
            .And.Contain("<http://example.org/c>");
    }

    [Fact]
    public async Task A_query_fills_its_parameters_and_matches_its_golden_file_or_names_the_difference()
    {
        var query = Fixture("tiny.rq");
        var same = await RdfCheckers.QueryAsync("--data", Fixture("tiny.nt"), "--query", query, "--examples", "--expect", Fixture("tiny.golden.json"));
        same.ExitCode.Should().Be(0, same.ToString());

        var all = await RdfCheckers.QueryAsync("--data", Fixture("tiny.nt"), "--query", query);
        all.ExitCode.Should().Be(0, all.ToString());
        all.Output.Should().Contain("\"anon\"").And.Contain("\"B\"").And.Contain("quoted", "a parameter with default null that is not given selects everything");

        var other = await RdfCheckers.QueryAsync("--data", Fixture("tiny.nt"), "--query", query, "--param", "thing=http://example.org/a", "--expect", Fixture("tiny.golden.json"));
        other.ExitCode.Should().Be(1, other.ToString());
        other.Error.Should().Contain("differs from").And.Contain("golden:").And.Contain("actual:");

        var unknown = await RdfCheckers.QueryAsync("--data", Fixture("tiny.nt"), "--query", query, "--param", "nope=1");
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        var badType = await RdfCheckers.QueryAsync("--data", Fixture("tiny.nt"), "--query", query, "--param", "limit=many");
        badType.ExitCode.Should().Be(2, badType.ToString());
        badType.Error.Should().Contain("is not a integer");
    }

    [Fact]
    public async Task Without_node_modules_every_checker_fails_and_says_to_run_npm_ci()
    {
        using var temp = new TempFolder();
        string[] scripts = ["rdf-common.mjs", "rdf-load.mjs", "rdf-query.mjs", "jsonld-check.mjs", "shacl-check.mjs"];
        foreach (var script in scripts) File.Copy(Path.Combine(RepositoryPaths.Checkers, script), temp.File(script));

        var act = () => RdfCheckers.RequireInstalled(temp.Path);
        act.Should().Throw<Exception>().WithMessage("*run npm ci in tests/checkers*");

        foreach (var script in scripts.Skip(1))
        {
            var run = await RdfCheckers.RunAsync(script, [Fixture("tiny.nt"), Fixture("tiny.nt")], temp.Path, requireInstalled: false);
            run.ExitCode.Should().NotBe(0, script);
            run.Error.Should().Contain("run npm ci in tests/checkers", script);
        }
    }
}
