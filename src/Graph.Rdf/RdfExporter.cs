using System.Buffers;
using System.Text;
using Graph.Model;

namespace Graph.Rdf;

/// <summary>
/// The common frame of the RDF writers: maps the graph section by section (see <see cref="GraphToRdf"/>) and
/// hands each section to the syntax, writing UTF-8 without a byte order mark and <c>\n</c> line ends.
/// A writer owns document structure; the formatters own the text of one term.
/// </summary>
public abstract class RdfExporter : IGraphExporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Creates a writer minting data IRIs with <paramref name="iris"/>.</summary>
    protected RdfExporter(RdfDataIris iris) => Mapping = new GraphToRdf(iris ?? throw new ArgumentNullException(nameof(iris)));

    /// <summary>The mapping from graph to triples.</summary>
    protected GraphToRdf Mapping { get; }

    /// <inheritdoc />
    public abstract string Format { get; }

    /// <inheritdoc />
    public abstract string FileName { get; }

    /// <summary>Triples (or quads) written by the last <see cref="WriteAsync"/>: what a parser should read back.</summary>
    public long StatementsWritten { get; private set; }

    /// <inheritdoc />
    public string? WrittenCount => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{StatementsWritten:N0} {CountUnit}");

    /// <summary>What a written statement is called: "triples", or "quads" for formats that keep named graphs.</summary>
    protected virtual string CountUnit => "triples";

    /// <inheritdoc />
    public async Task WriteAsync(GraphContent graph, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        StatementsWritten = 0;
        var text = new StringBuilder();
        WriteStart(text);
        var first = true;
        foreach (var section in Mapping.Map(graph))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (section.Triples.Count == 0) continue;
            WriteSection(text, section, first);
            first = false;
            StatementsWritten += section.Triples.Count;
            if (text.Length >= 1 << 16) text = await DrainAsync(text, output, cancellationToken).ConfigureAwait(false);
        }
        WriteEnd(text);
        await DrainAsync(text, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes what comes before the first section (prefixes, an opening brace).</summary>
    protected virtual void WriteStart(StringBuilder text) { }

    /// <summary>Writes one section; <paramref name="first"/> is true for the first non-empty one.</summary>
    protected abstract void WriteSection(StringBuilder text, RdfSection section, bool first);

    /// <summary>Writes what comes after the last section.</summary>
    protected virtual void WriteEnd(StringBuilder text) { }

    /// <summary>
    /// Writes the text out as UTF-8, chunk by chunk, with no copy of it as one string or one byte array, and returns the
    /// builder to go on with: the same one emptied, or a new one after a large section (the entities of a big corpus
    /// are tens of megabytes), because emptying a builder of many chunks keeps one array of its whole capacity.
    /// </summary>
    private static async Task<StringBuilder> DrainAsync(StringBuilder text, Stream output, CancellationToken cancellationToken)
    {
        if (text.Length == 0) return text;
        var encoder = Utf8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            foreach (var chunk in text.GetChunks())
            {
                var chars = chunk;
                while (!chars.IsEmpty)
                {
                    // At most a quarter of the buffer's size in chars at a time: UTF-8 takes up to 3 bytes per char.
                    var take = Math.Min(chars.Length, buffer.Length / 4);
                    var written = encoder.GetBytes(chars.Span[..take], buffer, flush: false);
                    await output.WriteAsync(buffer.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
                    chars = chars[take..];
                }
            }
            var tail = encoder.GetBytes(ReadOnlySpan<char>.Empty, buffer, flush: true);
            if (tail > 0) await output.WriteAsync(buffer.AsMemory(0, tail), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (text.Capacity > 1 << 20) return new StringBuilder();
        text.Clear();
        return text;
    }
}
