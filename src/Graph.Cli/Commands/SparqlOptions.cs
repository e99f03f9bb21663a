using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using Graph.Cli.Neo4j;
using Graph.Rdf.GraphStore;

namespace Graph.Cli.Commands;

/// <summary>
/// The options that say which triplestore <c>graph import</c> writes to: <c>--sparql-endpoint URL</c> (a SPARQL 1.1
/// Graph Store HTTP Protocol endpoint), <c>--sparql-user NAME</c> and <c>--sparql-graph-param NAME</c>. As for Neo4j
/// there is no password option: it comes from <c>SPARQL_PASSWORD</c> or is typed when asked.
/// </summary>
public sealed class SparqlOptions
{
    /// <summary>The environment variable holding the password.</summary>
    public const string PasswordVariable = "SPARQL_PASSWORD";

    private SparqlOptions(Option<Uri?> endpoint, Option<string?> user, Option<string> graphParameter, Option<int> timeout)
    {
        Endpoint = endpoint;
        User = user;
        GraphParameter = graphParameter;
        Timeout = timeout;
    }

    /// <summary><c>--sparql-timeout SECONDS</c>: how long one request to the store may take.</summary>
    public Option<int> Timeout { get; }

    /// <summary><c>--sparql-endpoint URL</c>.</summary>
    public Option<Uri?> Endpoint { get; }

    /// <summary><c>--sparql-user NAME</c>.</summary>
    public Option<string?> User { get; }

    /// <summary><c>--sparql-graph-param NAME</c>.</summary>
    public Option<string> GraphParameter { get; }

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [Endpoint, User, GraphParameter, Timeout];

    /// <summary>
    /// <c>--sparql-update-endpoint URL</c>: the store's SPARQL 1.1 update endpoint on the same server, for taking documents
    /// out (graph retract) and for replacing changed documents at import. Not in <see cref="All"/>: commands add it
    /// with their own description.
    /// </summary>
    public static Option<Uri?> CreateUpdateEndpoint(string description)
    {
        var option = new Option<Uri?>("--sparql-update-endpoint")
        {
            Description = description,
            HelpName = "URL",
            CustomParser = result => System.Uri.TryCreate(result.Tokens.Count > 0 ? result.Tokens[0].Value : "", UriKind.Absolute, out var uri) ? uri : null,
        };
        option.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0)
                result.AddError("--sparql-update-endpoint must be an http:// or https:// URL without credentials, such as http://localhost:8890/sparql-auth");
        });
        return option;
    }

    /// <summary>Creates the options.</summary>
    public static SparqlOptions Create()
    {
        var endpoint = new Option<Uri?>("--sparql-endpoint")
        {
            Description =
                "Also write the graph to this triplestore with the SPARQL 1.1 Graph Store HTTP Protocol: one PUT of Turtle per named graph " +
                "(each document's graph <BASE>graph/doc/..., and the entities and entity-level facts, the default graph of graph.trig, " +
                "as the named graph <BASE>graph/entities, so the store's default graph is never replaced). PUT replaces a graph, so " +
                "importing again does not duplicate. For Virtuoso: http://HOST:8890/sparql-graph-crud-auth with --sparql-graph-param graph-uri.",
            HelpName = "URL",
            CustomParser = result => System.Uri.TryCreate(result.Tokens.Count > 0 ? result.Tokens[0].Value : "", UriKind.Absolute, out var uri) ? uri : null,
        };
        endpoint.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Check(text) is { } problem) result.AddError(problem);
        });
        var user = new Option<string?>("--sparql-user")
        {
            Description =
                $"The user for HTTP digest or basic authentication at --sparql-endpoint; none by default. The password comes from ${PasswordVariable}, " +
                "or is asked for at the terminal; it is never an option and never printed.",
            HelpName = "NAME",
        };
        var graphParameter = new Option<string>("--sparql-graph-param")
        {
            Description = $"The query parameter that names the graph: {GraphStoreOptions.DefaultGraphParameter} (the standard, ?graph=IRI), or graph-uri for Virtuoso.",
            DefaultValueFactory = _ => GraphStoreOptions.DefaultGraphParameter,
            HelpName = "NAME",
        };
        graphParameter.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError("--sparql-graph-param: the name is empty");
        });
        var timeout = TimeoutOption.Create("--sparql-timeout", "How long one request to the triplestore may take (each try; failed tries are retried 3 times)",
            (int)GraphStoreOptions.DefaultRequestTimeout.TotalSeconds);
        return new SparqlOptions(endpoint, user, graphParameter, timeout);
    }

    /// <summary>Whether <c>--sparql-endpoint</c> was given.</summary>
    public bool IsGiven(ParseResult parse) => parse.GetResult(Endpoint) is { Implicit: false };

    /// <summary>The client options, with the password from SPARQL_PASSWORD or asked for; null (reason printed) when there is none.</summary>
    public GraphStoreOptions? Resolve(ParseResult parse, CliEnvironment environment, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(error);
        var endpoint = parse.GetValue(Endpoint)!;
        if (!TryCredential(parse, environment, error, endpoint, out var credential)) return null;
        return new GraphStoreOptions
        {
            Endpoint = endpoint,
            GraphParameter = parse.GetValue(GraphParameter) ?? GraphStoreOptions.DefaultGraphParameter,
            Credential = credential,
            RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
        };
    }

    /// <summary>
    /// The credential for <c>--sparql-user</c> at <paramref name="endpoint"/>, with the password from SPARQL_PASSWORD or
    /// asked for; null when no user is given. False (reason printed) when a user is given without a password.
    /// </summary>
    public bool TryCredential(ParseResult parse, CliEnvironment environment, TextWriter error, Uri endpoint, out NetworkCredential? credential)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(endpoint);
        credential = null;
        if (parse.GetValue(User) is not { } user) return true;
        if (string.IsNullOrWhiteSpace(user))
        {
            error.WriteLine("graph: error: --sparql-user: the user name is empty");
            return false;
        }
        var password = environment.GetVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : environment.ReadPassword($"Password for {user} at {endpoint.AbsoluteUri}: ");
        if (password is null)
        {
            error.WriteLine(
                $"graph: error: no password for {user} at {endpoint.AbsoluteUri}: set ${PasswordVariable}, or run in a terminal to be asked for it " +
                "(a password is never given as an option)");
            return false;
        }
        credential = new NetworkCredential(user, password);
        return true;
    }

    /// <summary>Why <paramref name="text"/> is not an endpoint URL, or null when it is one. Never echoes a URL with credentials.</summary>
    private static string? Check(string text)
    {
        if (text.Contains('@', StringComparison.Ordinal) && System.Uri.TryCreate(text, UriKind.Absolute, out var withAt) && withAt.UserInfo.Length > 0)
            return $"--sparql-endpoint: the URL holds credentials; give the user with --sparql-user and the password in ${PasswordVariable}";
        if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return $"--sparql-endpoint: '{text}' is not an http:// or https:// URL such as http://localhost:8890/sparql-graph-crud-auth";
        if (uri.Fragment.Length > 0) return "--sparql-endpoint: the URL must not have a #fragment";
        return null;
    }
}
