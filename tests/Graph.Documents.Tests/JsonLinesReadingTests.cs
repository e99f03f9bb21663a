using System.Text;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>JSON Lines files read through <see cref="DocumentReader"/>: one article per line, problems named by line.</summary>
public sealed class JsonLinesReadingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Full_record_gives_text_title_date_url_and_a_source_naming_line_and_id()
    {
        var path = _folder.Write("feed.jsonl",
            """{"id":"ex-17","date":"2021-04-07","title":"Mayor Promises Harbour Wall","text":"Mayor Elin Sorensen promised a new harbour wall for Portville.","url":"https://news.example/portville/wall"}""" + "\n");

        var results = await ReadAllAsync(path);

        var result = results.Should().ContainSingle().Which;
        result.Issues.Should().BeEmpty();
        var doc = result.Document!;
        doc.Text.Should().Be("Mayor Elin Sorensen promised a new harbour wall for Portville.");
        doc.Title.Should().Be("Mayor Promises Harbour Wall");
        doc.Date.Should().Be(new DateOnly(2021, 4, 7));
        doc.Url.Should().Be("https://news.example/portville/wall");
        doc.Source.Should().Be($"{DocumentReader.SourceName(path, path)}:1 (id ex-17)");
    }

    [Fact]
    public async Task Record_with_only_text_is_read_with_no_metadata()
    {
        var path = _folder.Write("feed.jsonl", """{"text":"Ferry captain Ola Brisk retired after forty years."}""" + "\n");

        var results = await ReadAllAsync(path);

        var doc = results.Should().ContainSingle().Which.Document!;
        doc.Text.Should().Be("Ferry captain Ola Brisk retired after forty years.");
        doc.Title.Should().BeNull();
        doc.Date.Should().BeNull();
        doc.Url.Should().BeNull();
        doc.Source.Should().Be($"{DocumentReader.SourceName(path, path)}:1");
    }

    [Fact]
    public async Task Metadata_from_the_record_wins_over_what_the_text_shows()
    {
        var path = _folder.Write("feed.jsonl",
            """{"date":"2022-01-02","title":"Given Title","text":"date 1999-09-09\nFERRY LINE SOLD\n\nOSLOBURG, Sept 9 - The Pellin ferry line was sold."}""" + "\n");

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Title.Should().Be("Given Title");
        doc.Date.Should().Be(new DateOnly(2022, 1, 2));
        doc.Layout.Title.Should().Be("FERRY LINE SOLD");
        doc.Layout.Dateline.Should().Be("OSLOBURG");
    }

    [Fact]
    public async Task Record_without_text_fails_naming_file_and_line_and_reading_goes_on()
    {
        var path = _folder.Write("feed.jsonl",
            """{"text":"First article about the Eastbrook mill."}""" + "\n" +
            """{"title":"No body here"}""" + "\n" +
            """{"text":"Third article about the Pellin ferry."}""" + "\n");

        var results = await ReadAllAsync(path);

        results.Should().HaveCount(3);
        results[1].Document.Should().BeNull();
        results[1].Source.Should().Be($"{DocumentReader.SourceName(path, path)}:2");
        var issue = results[1].Issues.Should().ContainSingle().Which;
        issue.IsFatal.Should().BeTrue();
        issue.ToString().Should().StartWith(DocumentReader.SourceName(path, path) + ":2: ").And.Contain("\"text\"");
        results[2].Document!.Text.Should().Be("Third article about the Pellin ferry.");
    }

    [Theory]
    [InlineData("""{"text": 42}""")]
    [InlineData("""{"text": "   "}""")]
    [InlineData("""["text", "an array"]""")]
    public async Task Record_with_unusable_text_fails_naming_the_line(string line)
    {
        var path = _folder.Write("feed.jsonl", line + "\n");

        var results = await ReadAllAsync(path);

        var result = results.Should().ContainSingle().Which;
        result.Document.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Should().Match<DocumentIssue>(i => i.IsFatal && i.Source == DocumentReader.SourceName(path, path) + ":1");
    }

    [Fact]
    public async Task Broken_json_line_fails_naming_the_line_and_following_lines_are_still_read()
    {
        var path = _folder.Write("feed.jsonl",
            """{"text":"The Eastbrook mill reopened."}""" + "\n" +
            """{"text":"Unfinished record about Ana Holm""" + "\n" +
            """{"text":"The Pellin ferry was sold."}""" + "\n" +
            """{"text":"Ola Brisk retired."}""" + "\n");

        var results = await ReadAllAsync(path);

        results.Select(r => r.Source).Should().Equal($"{DocumentReader.SourceName(path, path)}:1", $"{DocumentReader.SourceName(path, path)}:2", $"{DocumentReader.SourceName(path, path)}:3", $"{DocumentReader.SourceName(path, path)}:4");
        results[1].Document.Should().BeNull();
        results[1].Issues.Should().ContainSingle().Which.Message.Should().Contain("not valid JSON");
        results.Where(r => r.Document is not null).Select(r => r.Document!.Text)
            .Should().Equal("The Eastbrook mill reopened.", "The Pellin ferry was sold.", "Ola Brisk retired.");
    }

    [Theory]
    [InlineData("2021-04-07T09:30:00Z")]
    [InlineData("2021-04-07T23:30:00-05:00")]
    [InlineData("2021-04-07T00:15:00+09:00")]
    [InlineData("2021-04-07 18:00")]
    public async Task Iso_timestamp_date_keeps_the_calendar_date_as_written(string date)
    {
        var path = _folder.Write("feed.jsonl", $$"""{"date":"{{date}}","text":"The Eastbrook mill reopened."}""" + "\n");

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document!.Date.Should().Be(new DateOnly(2021, 4, 7));
        result.Issues.Should().BeEmpty();
    }

    [Theory]
    [InlineData("next Tuesday")]
    [InlineData("2021-13-45")]
    [InlineData("07/04/2021")]
    public async Task Unreadable_date_is_a_warning_and_the_document_is_still_read(string date)
    {
        var path = _folder.Write("feed.jsonl", $$"""{"date":"{{date}}","text":"The Eastbrook mill reopened."}""" + "\n");

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document.Should().NotBeNull();
        result.Document!.Date.Should().BeNull();
        var warning = result.Issues.Should().ContainSingle().Which;
        warning.IsFatal.Should().BeFalse();
        warning.Source.Should().Be($"{DocumentReader.SourceName(path, path)}:1");
        warning.Message.Should().Contain(date);
    }

    [Fact]
    public async Task Metadata_of_the_wrong_type_is_a_warning_and_ignored()
    {
        var path = _folder.Write("feed.jsonl", """{"title":["a","b"],"text":"The Eastbrook mill reopened."}""" + "\n");

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document!.Title.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Message.Should().Contain("\"title\"");
    }

    [Fact]
    public async Task Empty_and_blank_lines_are_skipped_but_still_counted_in_line_numbers()
    {
        var path = _folder.Write("feed.jsonl",
            "\n" +
            """{"text":"The Eastbrook mill reopened."}""" + "\n" +
            "   \t\n" +
            "\n" +
            """{"text":"The Pellin ferry was sold."}""" + "\n" +
            "\n");

        var results = await ReadAllAsync(path);

        results.Should().OnlyContain(r => r.Document != null && r.Issues.Count == 0);
        results.Select(r => r.Source).Should().Equal($"{DocumentReader.SourceName(path, path)}:2", $"{DocumentReader.SourceName(path, path)}:5");
    }

    [Fact]
    public async Task Crlf_line_endings_are_read_like_lf()
    {
        var path = _folder.Write("feed.jsonl",
            """{"title":"Mill","text":"The Eastbrook mill reopened."}""" + "\r\n" +
            "\r\n" +
            """{"text":"The Pellin ferry was sold."}""" + "\r\n");

        var results = await ReadAllAsync(path);

        results.Select(r => r.Document!.Text).Should().Equal("The Eastbrook mill reopened.", "The Pellin ferry was sold.");
        results.Select(r => r.Source).Should().Equal($"{DocumentReader.SourceName(path, path)}:1", $"{DocumentReader.SourceName(path, path)}:3");
        results[0].Document!.Title.Should().Be("Mill");
    }

    [Fact]
    public async Task Last_line_without_newline_is_read()
    {
        var path = _folder.Write("feed.jsonl",
            """{"text":"The Eastbrook mill reopened."}""" + "\n" +
            """{"text":"The Pellin ferry was sold."}""");

        var results = await ReadAllAsync(path);

        results.Select(r => r.Document!.Text).Should().Equal("The Eastbrook mill reopened.", "The Pellin ferry was sold.");
    }

    [Fact]
    public async Task Bom_on_the_first_line_is_ignored()
    {
        var path = _folder.WriteBytes("feed.jsonl",
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"text":"Zoë Marchetti opened the Eastbrook gallery."}""" + "\n" + """{"text":"The Pellin ferry was sold."}""" + "\n")]);

        var results = await ReadAllAsync(path);

        results.Should().OnlyContain(r => r.Issues.Count == 0);
        results.Select(r => r.Document!.Text).Should().Equal("Zoë Marchetti opened the Eastbrook gallery.", "The Pellin ferry was sold.");
    }

    [Fact]
    public async Task Invalid_utf8_in_a_line_is_a_warning_naming_the_byte_offset_in_the_file()
    {
        var line1 = Encoding.UTF8.GetBytes("""{"text":"The Eastbrook mill reopened."}""" + "\n");
        byte[] line2 = [.. Encoding.UTF8.GetBytes("""{"text":"Caf"""), 0xE9, .. Encoding.UTF8.GetBytes(""" owner Ana Holm retired."}""" + "\n")];
        var path = _folder.WriteBytes("feed.jsonl", [.. line1, .. line2]);

        var results = await ReadAllAsync(path);

        results[1].Document!.Text.Should().Be("Caf\uFFFD owner Ana Holm retired.");
        var badByte = line1.Length + """{"text":"Caf""".Length;
        results[1].Issues.Should().ContainSingle().Which.Should().Match<DocumentIssue>(i =>
            !i.IsFatal && i.Source == DocumentReader.SourceName(path, path) + ":2" && i.Message.Contains($"byte {badByte}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_utf8_offset_on_the_first_line_counts_the_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"text":"Caf"""), 0xE9, .. Encoding.UTF8.GetBytes(""" owner Ana Holm retired."}""" + "\n")];
        var path = _folder.WriteBytes("feed.jsonl", bytes);

        var results = await ReadAllAsync(path);

        var badByte = Array.IndexOf(bytes, (byte)0xE9);
        results.Should().ContainSingle().Which.Issues.Should().ContainSingle()
            .Which.Message.Should().Contain($"byte {badByte}");
    }

    [Fact]
    public async Task Very_long_line_is_read_whole()
    {
        var body = string.Concat(Enumerable.Repeat("The Eastbrook mill reopened after the flood, owner Ana Holm said. ", 80_000));
        var path = _folder.Write("feed.jsonl",
            $$"""{"text":"{{body}}"}""" + "\n" + """{"text":"The Pellin ferry was sold."}""" + "\n");

        var results = await ReadAllAsync(path);

        body.Length.Should().BeGreaterThan(5_000_000);
        results.Select(r => r.Document!.Text).Should().Equal(body, "The Pellin ferry was sold.");
    }

    [Fact]
    public async Task Bytes_read_match_the_file_size()
    {
        var path = _folder.Write("feed.jsonl",
            """{"text":"The Eastbrook mill reopened."}""" + "\r\n" +
            "\r\n" +
            """{"text":"The Pellin ferry was sold."}""");
        var reader = new DocumentReader(new ReaderOptions());

        await ReadAllAsync(reader, path);

        reader.Statistics.BytesRead.Should().Be(new FileInfo(path).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \r\n\n")]
    public async Task Jsonl_file_without_records_fails_as_empty(string content)
    {
        var path = _folder.Write("feed.jsonl", content);

        var results = await ReadAllAsync(path);

        var result = results.Should().ContainSingle().Which;
        result.Document.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Should().Match<DocumentIssue>(i => i.IsFatal && i.Source == DocumentReader.SourceName(path, path) && i.Message.Contains("empty", StringComparison.Ordinal));
    }
}
