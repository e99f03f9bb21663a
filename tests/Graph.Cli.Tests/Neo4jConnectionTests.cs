using Graph.Cli.Neo4j;
using Graph.Import.Neo4j;

namespace Graph.Cli.Tests;

/// <summary>How the commands that talk to Neo4j find the server, the user and the password, and that the password never shows.</summary>
public class Neo4jConnectionTests
{
    private const string Secret = "s3cret-Pa55word";

    private static FakeNeo4j WithPassword()
    {
        var neo4j = new FakeNeo4j();
        neo4j.Variables[Neo4jEnvironmentVariables.Password] = Secret;
        return neo4j;
    }

    [Theory]
    [InlineData("schema", "apply", "--password", Secret)]
    [InlineData("schema", "apply", "-p", Secret)]
    [InlineData("schema", "apply", "--password=" + Secret)]
    [InlineData("query", "most-connected", "--password", Secret)]
    [InlineData("import", "samples", "--neo4j", "bolt://localhost:7687", "--password", Secret)]
    public async Task A_password_is_never_accepted_as_an_option_and_never_echoed(params string[] args)
    {
        var neo4j = new FakeNeo4j();

        var run = await neo4j.RunAsync(args);

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.ToString());
        run.Error.Should().Contain("never given on the command line").And.Contain("NEO4J_PASSWORD");
        (run.Output + run.Error).Should().NotContain(Secret);
        neo4j.Connections.Should().BeEmpty();
    }

    [Fact]
    public async Task No_command_has_a_password_option()
    {
        foreach (var command in GraphCommandLine.Create().Subcommands.SelectMany(c => c.Subcommands.Prepend(c)))
        {
            command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Should().NotContain(a => a.Contains("pass", StringComparison.OrdinalIgnoreCase), command.Name);
        }
        var help = await new FakeNeo4j().RunAsync("query", "--help");
        help.Output.Should().Contain("NEO4J_PASSWORD").And.Contain("never an option");
    }

    [Fact]
    public async Task The_environment_variables_of_neo4j_tools_are_honoured()
    {
        var neo4j = WithPassword();
        neo4j.Variables[Neo4jEnvironmentVariables.Uri] = "bolt+s://db.example.org:7688";
        neo4j.Variables[Neo4jEnvironmentVariables.UserName] = "analyst";
        neo4j.Variables[Neo4jEnvironmentVariables.Database] = "news";

        var run = await neo4j.RunAsync("schema", "apply");

        run.ExitCode.Should().Be(0, run.ToString());
        var connection = neo4j.Connections.Should().ContainSingle().Subject;
        connection.Uri.Should().Be(new Uri("bolt+s://db.example.org:7688"));
        connection.User.Should().Be("analyst");
        connection.Database.Should().Be("news");
        connection.Password.Should().Be(Secret);
        neo4j.Prompts.Should().BeEmpty("the password came from NEO4J_PASSWORD");
    }

    [Fact]
    public async Task Options_win_over_the_environment()
    {
        var neo4j = WithPassword();
        neo4j.Variables[Neo4jEnvironmentVariables.Uri] = "bolt://from-env:7687";
        neo4j.Variables[Neo4jEnvironmentVariables.UserName] = "env-user";
        neo4j.Variables[Neo4jEnvironmentVariables.Database] = "env-db";

        var run = await neo4j.RunAsync("schema", "apply", "--neo4j", "neo4j://from-option:7687", "--user", "me", "--database", "mine");

        run.ExitCode.Should().Be(0, run.ToString());
        var connection = neo4j.Connections.Single();
        (connection.Uri.OriginalString, connection.User, connection.Database).Should().Be(("neo4j://from-option:7687", "me", "mine"));
    }

    [Fact]
    public async Task Without_options_or_environment_the_defaults_of_neo4j_tools_apply()
    {
        var neo4j = WithPassword();

        await neo4j.RunAsync("schema", "apply");

        var connection = neo4j.Connections.Single();
        (connection.Uri.OriginalString, connection.User, connection.Database).Should().Be(("neo4j://localhost:7687", "neo4j", (string?)null));
    }

    [Fact]
    public async Task Host_and_port_alone_mean_neo4j_scheme()
    {
        var neo4j = WithPassword();

        await neo4j.RunAsync("schema", "apply", "--neo4j", "db.internal:7687");

        neo4j.Connections.Single().Uri.OriginalString.Should().Be("neo4j://db.internal:7687");
    }

    [Fact]
    public async Task Without_NEO4J_PASSWORD_the_password_is_asked_for_at_the_terminal()
    {
        var neo4j = new FakeNeo4j { TypedPassword = Secret };

        var run = await neo4j.RunAsync("schema", "apply", "--user", "analyst");

        run.ExitCode.Should().Be(0, run.ToString());
        neo4j.Prompts.Should().ContainSingle().Which.Should().Be("Password for analyst at neo4j://localhost:7687: ");
        neo4j.Connections.Single().Password.Should().Be(Secret);
        (run.Output + run.Error).Should().NotContain(Secret);
    }

    [Fact]
    public async Task Without_a_password_or_a_terminal_the_user_is_told_how_to_give_one()
    {
        var neo4j = new FakeNeo4j { TypedPassword = null };

        var run = await neo4j.RunAsync("query", "most-connected");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("no password for neo4j at neo4j://localhost:7687").And.Contain("NEO4J_PASSWORD");
        neo4j.Connections.Should().BeEmpty();
    }

    [Fact]
    public async Task Credentials_in_a_uri_are_refused_without_being_echoed()
    {
        var neo4j = WithPassword();

        var run = await neo4j.RunAsync("schema", "apply", "--neo4j", $"bolt://neo4j:{Secret}@localhost:7687");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("the URI holds credentials");
        (run.Output + run.Error).Should().NotContain(Secret);
    }

    [Theory]
    [InlineData("http://localhost:7474", "not a Neo4j scheme")]
    [InlineData("samples", "is not a Neo4j URI")]
    public async Task A_uri_that_is_no_neo4j_uri_is_a_usage_error(string uri, string message)
    {
        var run = await WithPassword().RunAsync("schema", "apply", "--neo4j", uri);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public async Task A_uri_from_the_environment_is_checked_too()
    {
        var neo4j = WithPassword();
        neo4j.Variables[Neo4jEnvironmentVariables.Uri] = "localhost";

        var run = await neo4j.RunAsync("schema", "apply");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("NEO4J_URI: 'localhost' is not a Neo4j URI");
    }

    [Fact]
    public async Task Neither_settings_nor_errors_print_the_password()
    {
        var neo4j = WithPassword();
        // A server (or a socket library) that puts the password in its message must not get it printed.
        neo4j.Answer = _ => throw new Graph.Neo4j.Database.Neo4jServerException("Neo.ClientError.Security.Unauthorized", $"bad credentials for '{Secret}'", false);

        var run = await neo4j.RunAsync("schema", "apply");

        run.ExitCode.Should().Be(ExitCodes.ServerError);
        run.Error.Should().Contain("Neo.ClientError.Security.Unauthorized: bad credentials for '***'").And.Contain("check the user (neo4j)");
        (run.Output + run.Error).Should().NotContain(Secret);
        neo4j.Connections.Single().ToString().Should().Be("neo4j://localhost:7687 as neo4j");
    }

    [Theory]
    [InlineData("--neo4j", "db.internal:99999", "--neo4j: 'db.internal:99999' has no valid port")]
    [InlineData("--neo4j", "bolt://localhost:7687?region=eu", "a routing context (?region=eu) needs a neo4j:// URI")]
    [InlineData("--user", "", "--user: the user name is empty")]
    public async Task Settings_the_bolt_client_would_refuse_are_usage_errors_not_internal_errors(string option, string value, string message)
    {
        var neo4j = WithPassword();

        var run = await neo4j.RunAsync("schema", "apply", option, value);

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.ToString());
        run.Error.Should().Contain(message).And.NotContain("internal error");
        neo4j.Connections.Should().BeEmpty();
    }

    [Theory]
    [InlineData("db.internal:7687")]
    [InlineData("neo4j://localhost:7687?region=eu")]
    [InlineData("bolt+s://db.example.org")]
    public async Task Every_connection_the_options_accept_opens_a_bolt_session(string uri)
    {
        var neo4j = WithPassword();
        var options = Graph.Cli.Commands.Neo4jOptions.Create("test");
        var command = new System.CommandLine.Command("test");
        foreach (var option in options.All) command.Options.Add(option);
        var parse = command.Parse(["--neo4j", uri]);

        var connection = options.Resolve(parse, neo4j.Environment, TextWriter.Null);

        connection.Should().NotBeNull();
        var open = () => BoltCypherSession.Open(connection!).DisposeAsync().AsTask();
        await open.Should().NotThrowAsync();
    }
}
