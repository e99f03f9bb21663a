using System.Runtime.CompilerServices;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Graph.Documents;

/// <summary>
/// Reads documents from paths: files, folders (recursively, filtered by include globs, in ordinal order of
/// their paths so every run sees the same order) and <c>-</c> for standard input. Every problem is returned
/// as a result naming its source; reading goes on with the next item.
/// </summary>
public sealed class DocumentReader(ReaderOptions options)
{
    /// <summary>Counts for the summary; complete once enumeration has finished.</summary>
    public ReaderStatistics Statistics { get; } = new();

    /// <summary>Reads every input in order.</summary>
    public async IAsyncEnumerable<ReadResult> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == "-")
            {
                await foreach (var r in ReadStreamAsync(options.StandardInput(), "-", KindOf(options.Format), cancellationToken).ConfigureAwait(false)) yield return r;
            }
            else if (Directory.Exists(input))
            {
                if (NotToRead(input) is { } reason)
                {
                    yield return ReadResult.Skipped(input, reason);
                    continue;
                }
                foreach (var (file, problem) in FilesIn(input))
                {
                    if (problem is not null)
                    {
                        yield return ReadResult.Skipped(SourceName(input, file), problem);
                        continue;
                    }
                    await foreach (var r in ReadFileAsync(file, SourceName(input, file), cancellationToken).ConfigureAwait(false)) yield return r;
                }
            }
            else if (File.Exists(input))
            {
                if (ImportOutputFolder.IsListedOutput(input) || Path.GetDirectoryName(Path.GetFullPath(input)) is { } parent && IsExcluded(parent))
                {
                    yield return ReadResult.Failure(input, "an output of graph import, not an article; not read");
                    continue;
                }
                await foreach (var r in ReadFileAsync(input, SourceName(input, input), cancellationToken).ConfigureAwait(false)) yield return r;
            }
            else
            {
                yield return ReadResult.Failure(input, "no such file or folder");
            }
        }
    }

    private List<FolderWalker.Entry> FilesIn(string folder)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (var pattern in options.Includes)
        {
            matcher.AddInclude(pattern.Contains('/') ? pattern : "**/" + pattern);
        }
        var matched = new List<FolderWalker.Entry>();
        foreach (var entry in FolderWalker.Walk(folder, NotToRead))
        {
            // A folder link not followed is named whatever the patterns: files under it may be ones the user wants.
            var relative = Path.GetRelativePath(folder, entry.Path).Replace('\\', '/');
            if (entry.Path.EndsWith(Path.DirectorySeparatorChar) || matcher.Match(relative).HasMatches) matched.Add(entry);
            else Statistics.FilesNotMatched++;
        }
        matched.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return matched;
    }

    /// <summary>Why a folder is not read: it is this import's output folder, or another import's.</summary>
    private string? NotToRead(string folder) =>
        IsExcluded(folder) ? "the output folder of this import; not read as input" : ImportOutputFolder.ReasonNotToRead(folder);

    private bool IsExcluded(string folder)
    {
        if (options.ExcludedFolders.Count == 0) return false;
        var status = FileStatus.Of(folder);
        return options.ExcludedFolders.Any(excluded =>
            string.Equals(Path.GetFullPath(excluded).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
            || (status.Kind == Graph.Documents.FileKind.Folder && FileStatus.Of(excluded) is { Kind: Graph.Documents.FileKind.Folder } other && other.Device == status.Device && other.Inode == status.Inode && status.Inode != 0));
    }

    /// <summary>
    /// The name a file is known by in the graph and in messages: its path as typed when that is relative and stays
    /// below the current folder, else its path from the input root's own name on (<c>/home/ana/news</c> gives
    /// <c>news/2024/a.txt</c>; a file given as <c>/home/ana/news/a.txt</c> or <c>../news/a.txt</c> gives
    /// <c>news/a.txt</c>), so that no user's local folders end up in a graph they share.
    /// </summary>
    public static string SourceName(string input, string path)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(path);
        var parts = input.Split('/', '\\');
        if (!Path.IsPathRooted(input) && !parts.Contains("..") && !parts.Contains("~")) return path;
        var root = Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        // A file given alone keeps its folder's name too, as a file in a folder given does: "news/a.txt", not "a.txt".
        if (File.Exists(root)) root = Path.GetDirectoryName(root) ?? root;
        var parent = root.Length == 0 ? null : Path.GetDirectoryName(root);
        var from = parent ?? Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        return Path.GetRelativePath(from, Path.GetFullPath(path));
    }

    private async IAsyncEnumerable<ReadResult> ReadFileAsync(string path, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        string? failure = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = "cannot open: " + e.Message;
        }
        if (stream is null)
        {
            yield return ReadResult.Failure(source, failure ?? "cannot open");
            yield break;
        }
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var r in ReadStreamAsync(stream, source, KindOf(path), cancellationToken).ConfigureAwait(false)) yield return r;
        }
    }

    /// <summary>What a file is taken to be before its bytes are seen: the format asked for, else its extension says.</summary>
    private ContentKind KindOf(string path) => options.Format != InputFormat.Auto
        ? KindOf(options.Format)
        : Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => ContentKind.JsonLines,
            ".txt" or ".text" => ContentKind.Text,
            ".html" or ".htm" or ".xhtml" => ContentKind.Html,
            ".pdf" => ContentKind.Pdf,
            ".docx" => ContentKind.Word,
            _ => ContentKind.Unknown,
        };

    /// <summary>The kind a format asked for names; Auto leaves it to the file.</summary>
    private static ContentKind KindOf(InputFormat format) => format switch
    {
        InputFormat.JsonLines => ContentKind.JsonLines,
        InputFormat.Text => ContentKind.Text,
        InputFormat.Html => ContentKind.Html,
        InputFormat.Pdf => ContentKind.Pdf,
        InputFormat.Word => ContentKind.Word,
        _ => ContentKind.Unknown,
    };

    /// <summary>Reads one stream; <paramref name="kind"/> Unknown means: look at its first bytes.</summary>
    private async IAsyncEnumerable<ReadResult> ReadStreamAsync(Stream stream, string source, ContentKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (kind == ContentKind.JsonLines)
        {
            await foreach (var r in ReadJsonLinesAsync(stream, source, cancellationToken).ConfigureAwait(false)) yield return r;
            yield break;
        }
        byte[]? bytes;
        string? failure = null;
        var limit = kind == ContentKind.Unknown ? SniffLimit : options.MaxDocumentBytes;
        try
        {
            bytes = await ReadAllAsync(stream, limit, cancellationToken).ConfigureAwait(false);
            // Only the limit's worth is read: a file that never ends (a link to /dev/zero) stops there.
            if (bytes is null) failure = kind == ContentKind.Unknown ? $"larger than {limit:N0} bytes; not read" : TooLarge(null, "file");
        }
        catch (IOException e)
        {
            bytes = [];
            failure = "read failed: " + e.Message;
        }
        if (failure is not null || bytes is null)
        {
            yield return ReadResult.Failure(source, failure!);
            yield break;
        }
        Statistics.BytesRead += bytes.Length;
        kind = Sniff(bytes, kind);
        if (kind == ContentKind.JsonLines)
        {
            // The bytes are counted above already.
            await foreach (var r in ReadJsonLinesAsync(new MemoryStream(bytes), source, cancellationToken, countBytes: false).ConfigureAwait(false)) yield return r;
            yield break;
        }
        if (bytes.Length > options.MaxDocumentBytes)
        {
            yield return ReadResult.Failure(source, TooLarge(bytes.Length, "file"));
            yield break;
        }
        yield return kind switch
        {
            ContentKind.Html => ReadFormatted(source, "page", () => HtmlArticleReader.Read(bytes)),
            ContentKind.Pdf => ReadFormatted(source, "PDF", () => PdfArticleReader.Read(bytes)),
            ContentKind.Word => ReadFormatted(source, "Word document", () => WordArticleReader.Read(bytes)),
            _ => DecodeText(bytes, source),
        };
    }

    /// <summary>
    /// What the bytes show the file to be, where that overrides its name: a PDF or a ZIP archive is never read as text
    /// whatever it is called, and a file of unknown kind is JSON Lines, an HTML page or text by its first characters.
    /// </summary>
    private static ContentKind Sniff(byte[] bytes, ContentKind kind)
    {
        if (kind is ContentKind.Text or ContentKind.Unknown or ContentKind.Html)
        {
            if (PdfArticleReader.IsPdf(bytes)) return ContentKind.Pdf;
            if (WordArticleReader.IsZip(bytes)) return ContentKind.Word;
        }
        if (kind != ContentKind.Unknown) return kind;
        if (LooksLikeJsonLines(bytes)) return ContentKind.JsonLines;
        return LooksLikeHtml(bytes) ? ContentKind.Html : ContentKind.Text;
    }

    private ReadResult ReadFormatted(string source, string what, Func<ArticleContent> read)
    {
        ArticleContent content;
        try
        {
            content = read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file is the unit of failure: a damaged PDF or page costs that file, named, never the import.
            return ReadResult.Failure(source, $"this {what} could not be read: {e.Message}; file skipped");
        }
        if (content.Text is null) return ReadResult.Failure(source, content.Problem ?? $"no text in this {what}");
        Statistics.CharactersRead += content.Text.Length;
        return ReadResult.Success(DocumentFactory.Create(source, content.Text, content.Url, content.Title, content.Date), []);
    }

    private ReadResult DecodeText(byte[] bytes, string source)
    {
        try
        {
            return DecodeTextUnguarded(bytes, source);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file is the unit of failure: a defect in reading one costs that file, named, never the import.
            return ReadResult.Failure(source, $"could not be read: {e.Message}; file skipped");
        }
    }

    private ReadResult DecodeTextUnguarded(byte[] bytes, string source)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null) return ReadResult.Failure(source, decoded.Problem!);
        if (string.IsNullOrWhiteSpace(decoded.Text)) return ReadResult.Failure(source, "empty file; nothing to read");
        Statistics.CharactersRead += decoded.Text.Length;
        var warnings = decoded.Warnings.Select(w => new DocumentIssue(source, w, false)).ToList();
        return ReadResult.Success(DocumentFactory.Create(source, decoded.Text), warnings);
    }

    private async IAsyncEnumerable<ReadResult> ReadJsonLinesAsync(Stream stream, string source, [EnumeratorCancellation] CancellationToken cancellationToken, bool countBytes = true)
    {
        var lines = new ByteLineReader(stream, options.MaxDocumentBytes);
        var lineNumber = 0;
        var records = 0;
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            // Counted from the stream position, so CR LF endings and a last line without a newline count exactly.
            if (countBytes) Statistics.BytesRead += lines.Position - lines.LineOffset;
            var lineSource = $"{source}:{lineNumber}";
            if (lines.LastLineTooLong)
            {
                records++;
                yield return ReadResult.Failure(lineSource, TooLarge(lines.Position - lines.LineOffset, "line"));
                continue;
            }
            var span = line.AsSpan();
            var offset = lines.LineOffset;
            if (lineNumber == 1 && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                span = span[3..];
                offset += 3;
            }
            if (span.Trim((ReadOnlySpan<byte>)" \t"u8).IsEmpty) continue;
            records++;
            // Valid UTF-8 (nearly every line) is parsed as it is; only a broken line is decoded first, to repair and name it.
            var valid = System.Text.Unicode.Utf8.IsValid(span);
            var decoded = valid ? null : TextDecoder.Decode(span, offset);
            if (decoded is { Text: null })
            {
                yield return ReadResult.Failure(lineSource, decoded.Problem!);
                continue;
            }
            ReadResult result;
            try
            {
                result = decoded is null
                    ? JsonLinesParser.Parse(line.AsMemory(line.Length - span.Length), lineSource)
                    : JsonLinesParser.Parse(decoded.Text!, lineSource, decoded.Warnings);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A record is the unit of failure: a defect in reading one costs that record, named, never the import.
                result = ReadResult.Failure(lineSource, $"could not be read: {e.Message}; line skipped");
            }
            if (result.Document is not null) Statistics.CharactersRead += result.Document.Text.Length;
            yield return result;
        }
        // Like an empty text file: say so rather than read nothing in silence.
        if (records == 0) yield return ReadResult.Failure(source, "empty file; nothing to read");
    }

    /// <summary>
    /// How much of a file of unknown kind is read to tell JSON Lines from text: a text file is one document, so its
    /// limit; a JSON Lines file found this way holds many, so more (a file named .jsonl streams with no limit at all).
    /// </summary>
    private long SniffLimit => Math.Max(options.MaxDocumentBytes, 1L << 30);

    private string TooLarge(long? bytes, string what) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"this {what} is {(bytes is { } n ? $"{n:N0} bytes, more than" : "larger than")} the limit of {options.MaxDocumentBytes:N0} bytes per document; skipped (raise it with --max-document-mb)");

    /// <summary>A page saved from a browser: its first markup is a doctype or an html element (after a byte order mark, space or a comment).</summary>
    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<!--", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    private enum ContentKind
    {
        Unknown,
        Text,
        JsonLines,
        Html,
        Pdf,
        Word,
    }

    private static bool LooksLikeJsonLines(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'{';
        }
        return false;
    }

    /// <summary>The whole stream, or null when it holds more than <paramref name="max"/> bytes.</summary>
    private static async Task<byte[]?> ReadAllAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var block = new byte[1 << 16];
        int n;
        while ((n = await stream.ReadAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > max) return null;
            buffer.Write(block, 0, n);
        }
        return buffer.ToArray();
    }
}
