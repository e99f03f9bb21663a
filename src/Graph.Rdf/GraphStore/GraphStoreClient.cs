using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;

namespace Graph.Rdf.GraphStore;

/// <summary>Where and how <see cref="GraphStoreClient"/> writes.</summary>
public sealed class GraphStoreOptions
{
    /// <summary>The Graph Store endpoint, e.g. <c>http://host:8890/sparql-graph-crud-auth</c> (Virtuoso) or <c>http://host/store</c>.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>
    /// The query parameter naming the graph (indirect identification): <c>graph</c> in SPARQL 1.1 Graph Store
    /// HTTP Protocol §4.2; Virtuoso's <c>/sparql-graph-crud-auth</c> takes <c>graph-uri</c>.
    /// </summary>
    public string GraphParameter { get; init; } = DefaultGraphParameter;

    /// <summary>The standard parameter name.</summary>
    public const string DefaultGraphParameter = "graph";

    /// <summary>User and password for HTTP digest or basic authentication; null for none. Never printed.</summary>
    public NetworkCredential? Credential { get; init; }

    /// <summary>Retries after the first try of a request that failed with a 5xx, 408, 429, a timeout or a lost connection.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>The first delay between tries; it doubles (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between tries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The request timeout unless one is given.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long one try of one request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;
}

/// <summary>A request the store did not accept, with the reason (credentials never appear in it).</summary>
public sealed class GraphStoreException : Exception
{
    /// <summary>Creates the error.</summary>
    public GraphStoreException(string message, HttpStatusCode? status, bool isRetryable, bool isFatal)
        : base(message)
    {
        Status = status;
        IsRetryable = isRetryable;
        IsFatal = isFatal;
    }

    /// <summary>Creates an error with a message only.</summary>
    public GraphStoreException() { }

    /// <summary>Creates an error with a message only.</summary>
    public GraphStoreException(string message) : base(message) { }

    /// <summary>Creates an error with a message and a cause.</summary>
    public GraphStoreException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The HTTP status, or null when there was no answer.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>True when trying again may succeed (5xx, 408, 429, timeout, lost connection).</summary>
    public bool IsRetryable { get; }

    /// <summary>True when no other request can succeed either: credentials refused, or no connection even after retries.</summary>
    public bool IsFatal { get; internal set; }

    /// <summary>Tries made, the last one included.</summary>
    public int Attempts { get; internal set; }
}

/// <summary>
/// A client of the SPARQL 1.1 Graph Store HTTP Protocol: <c>PUT</c> replaces one named graph with Turtle, so
/// writing the same graph twice leaves one copy. Graphs are identified indirectly
/// (<c>ENDPOINT?graph=IRI</c>, or the parameter of <see cref="GraphStoreOptions.GraphParameter"/>). HTTP digest
/// and basic authentication come from the handler's credentials, answered when the server challenges.
/// </summary>
public sealed class GraphStoreClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Turtle = new("text/turtle") { CharSet = "utf-8" };
    private readonly GraphStoreOptions _options;
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;

    /// <summary>Creates the client; <paramref name="handler"/> replaces the HTTP stack (tests), else one with the credentials is made.</summary>
    public GraphStoreClient(GraphStoreOptions options, HttpMessageHandler? handler = null)
    {
        RequireWebEndpoint(options);
        if (string.IsNullOrWhiteSpace(options.GraphParameter)) throw new ArgumentException("the graph parameter name is empty", nameof(options));
        _options = options;
        _http = new HttpClient(handler ?? CreateHandler(options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _retry = options.MaxRetryAttempts <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<GraphStoreException>(e => e.IsRetryable),
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    MaxDelay = options.MaxRetryDelay,
                })
                .Build();
    }

    /// <summary>The endpoint, for messages (it holds no credentials).</summary>
    public Uri Endpoint => _options.Endpoint;

    /// <summary>The request URL for a graph: the endpoint plus <c>?PARAM=IRI</c> (or <c>&amp;</c> when it has a query already).</summary>
    public Uri GraphUrl(string graphIri)
    {
        ArgumentException.ThrowIfNullOrEmpty(graphIri);
        var endpoint = _options.Endpoint.AbsoluteUri;
        var separator = _options.Endpoint.Query.Length > 1 ? "&" : endpoint.EndsWith('?') ? "" : "?";
        return new Uri(endpoint + separator + Uri.EscapeDataString(_options.GraphParameter) + "=" + Uri.EscapeDataString(graphIri));
    }

    /// <summary>Replaces the graph <paramref name="graphIri"/> with the UTF-8 Turtle <paramref name="turtle"/>; returns the tries it took.</summary>
    /// <exception cref="GraphStoreException">The store did not accept it after the retries.</exception>
    public async Task<int> PutAsync(string graphIri, ReadOnlyMemory<byte> turtle, CancellationToken cancellationToken = default)
    {
        var url = GraphUrl(graphIri);
        return await WithRetriesAsync(token => PutOnceAsync(url, turtle, token), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a SPARQL 1.1 Update at <paramref name="updateEndpoint"/> (an update endpoint on the same server, such as
    /// Virtuoso's <c>/sparql-auth</c>), sent as the URL-encoded <c>update</c> form parameter that every SPARQL 1.1
    /// Protocol server takes, with the client's credentials and retries. Returns the tries it took.
    /// </summary>
    /// <exception cref="GraphStoreException">The store did not accept it after the retries.</exception>
    public async Task<int> UpdateAsync(Uri updateEndpoint, string update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updateEndpoint);
        ArgumentException.ThrowIfNullOrEmpty(update);
        if (updateEndpoint.GetLeftPart(UriPartial.Authority) != _options.Endpoint.GetLeftPart(UriPartial.Authority))
            throw new ArgumentException("the update endpoint must be on the same server as the Graph Store endpoint (the credentials are for that server only)", nameof(updateEndpoint));
        return await WithRetriesAsync(async token =>
        {
            using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("update", update)]);
            await SendOnceAsync(new HttpRequestMessage(HttpMethod.Post, updateEndpoint) { Content = content }, "POST", token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one request under the retry policy; returns the tries it took, or throws with them counted.</summary>
    private async Task<int> WithRetriesAsync(Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            await _retry.ExecuteAsync(async token =>
            {
                attempts++;
                await send(token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return attempts;
        }
        catch (GraphStoreException e)
        {
            e.Attempts = attempts;
            // Still no connection after every retry: the next request would fare no better.
            if (e.Status is null) e.IsFatal = true;
            throw;
        }
    }

    private async Task PutOnceAsync(Uri url, ReadOnlyMemory<byte> turtle, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(turtle);
        content.Headers.ContentType = Turtle;
        await SendOnceAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = content }, "PUT", cancellationToken).ConfigureAwait(false);
    }

    private async Task SendOnceAsync(HttpRequestMessage message, string method, CancellationToken cancellationToken)
    {
        using var request = message;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return;
            var status = response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var code = (int)status;
            var retryable = code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            var fatal = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed;
            var reason = status switch
            {
                HttpStatusCode.Unauthorized => _options.Credential is null
                    ? "the store asks for credentials (401): give a user, with its password in the environment"
                    : "the store refused the user name or password (401)",
                HttpStatusCode.Forbidden => "the user may not write to the store (403)",
                HttpStatusCode.NotFound => "no Graph Store endpoint at this URL (404)",
                HttpStatusCode.MethodNotAllowed => method == "PUT"
                    ? "the endpoint does not accept PUT (405): is it the Graph Store endpoint, not the query endpoint?"
                    : $"the endpoint does not accept {method} (405): is it the SPARQL update endpoint?",
                _ => $"HTTP {code} {response.ReasonPhrase}",
            };
            var detail = Summarise(body);
            throw new GraphStoreException(Redact(detail.Length > 0 ? $"{reason}: {detail}" : reason), status, retryable, fatal);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphStoreException($"no answer within {_options.RequestTimeout.TotalSeconds:0} s", null, isRetryable: true, isFatal: false);
        }
        catch (HttpRequestException e)
        {
            throw new GraphStoreException(Redact($"no connection: {e.Message}"), null, isRetryable: true, isFatal: false);
        }
    }

    /// <summary>The first line or so of an error page, without markup: enough to say why, short enough for a summary.</summary>
    private static string Summarise(string body)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(body, "<[^>]*>", " ");
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
        return text.Length <= 300 ? text : text[..300] + "…";
    }

    /// <summary>Removes the password from a message, should a server or the network stack ever echo it.</summary>
    private string Redact(string message) =>
        _options.Credential is { Password: { Length: > 0 } password } ? message.Replace(password, "***", StringComparison.Ordinal) : message;

    /// <summary>The checks every client of a store's endpoint makes: an absolute http(s) URL, with no credentials in it.</summary>
    internal static void RequireWebEndpoint(GraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Endpoint.IsAbsoluteUri || options.Endpoint.Scheme is not ("http" or "https"))
            throw new ArgumentException("the endpoint must be an absolute http:// or https:// URL", nameof(options));
        if (options.Endpoint.UserInfo.Length > 0) throw new ArgumentException("the endpoint must not hold credentials", nameof(options));
    }

    internal static SocketsHttpHandler CreateHandler(GraphStoreOptions options)
    {
        var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15), AllowAutoRedirect = false };
        if (options.Credential is { } credential)
        {
            // Answered only when the server challenges, with the scheme it asks for; digest never sends the password itself.
            var origin = new Uri(options.Endpoint.GetLeftPart(UriPartial.Authority));
            var cache = new CredentialCache
            {
                { origin, "Digest", credential },
                { origin, "Basic", credential },
            };
            handler.Credentials = cache;
        }
        return handler;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
