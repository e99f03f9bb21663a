using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Graph.Rdf.GraphStore;

/// <summary>
/// Runs a SELECT or ASK query on any SPARQL 1.1 Protocol endpoint (Virtuoso's /sparql, Fuseki's /DATASET/query,
/// Oxigraph's /query, GraphDB's /repositories/ID): the query is POSTed URL-encoded and the answer read as SPARQL 1.1
/// Query Results JSON. Credentials are answered only when the server challenges.
/// </summary>
public sealed class SparqlQueryClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly GraphStoreOptions _options;

    /// <summary>Creates the client; <see cref="GraphStoreOptions.Endpoint"/> is the query endpoint.</summary>
    public SparqlQueryClient(GraphStoreOptions options, HttpMessageHandler? handler = null)
    {
        GraphStoreClient.RequireWebEndpoint(options);
        _options = options;
        _http = new HttpClient(handler ?? GraphStoreClient.CreateHandler(options), disposeHandler: true) { Timeout = options.RequestTimeout };
    }

    /// <summary>Runs <paramref name="query"/>; the rows hold each variable's value as text (null when unbound).</summary>
    /// <exception cref="GraphStoreException">The endpoint could not be reached, refused the query, or answered something else than results.</exception>
    public async Task<SparqlResults> SelectAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint)
        {
            // "Query via URL-encoded POST" of the protocol: every store takes it, where Virtuoso 7 never answers a direct
            // application/sparql-query POST; and unlike GET it has no URL length limit.
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("query", query)]),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/sparql-results+json"));
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new GraphStoreException($"cannot reach {_options.Endpoint.AbsoluteUri}: {e.Message}", null, isRetryable: true, isFatal: true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphStoreException($"{_options.Endpoint.AbsoluteUri} gave no answer within {_options.RequestTimeout.TotalSeconds:0} s (raise it with --sparql-timeout)", null, isRetryable: true, isFatal: true);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                throw new GraphStoreException($"{_options.Endpoint.AbsoluteUri} refused the user name or password ({(int)response.StatusCode})", response.StatusCode, false, true);
            if (!response.IsSuccessStatusCode)
                throw new GraphStoreException($"{_options.Endpoint.AbsoluteUri} refused the query ({(int)response.StatusCode}): {FirstLines(body)}", response.StatusCode, false, true);
            try
            {
                return SparqlResults.Parse(body);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new GraphStoreException($"{_options.Endpoint.AbsoluteUri} did not answer with SPARQL JSON results ({response.Content.Headers.ContentType?.MediaType ?? "no content type"}): {FirstLines(body)}", response.StatusCode, false, true);
            }
        }
    }

    private static string FirstLines(string body)
    {
        var text = body.Trim().ReplaceLineEndings(" ");
        return text.Length > 300 ? text[..300] + "..." : text;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
