using System.Text;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>Inputs named on the command line: files, standard input, missing paths; format chosen by extension or by sniffing.</summary>
public sealed class DocumentReaderInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ReaderOptions WithStandardInput(string content, InputFormat format = InputFormat.Auto) => new()
    {
        StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(content)),
        Format = format,
    };

    [Fact]
    public async Task Several_inputs_are_read_in_the_order_given()
    {
        var z = _folder.Write("z.txt", "Zara Holm won the Eastbrook regatta.");
        var a = _folder.Write("a.txt", "Ana Brisk opened a bakery in Portville.");
        var feed = _folder.Write("m.jsonl", """{"text":"Mill owner Bo Lind retired."}""" + "\n");

        var results = await ReadAllAsync(z, feed, a);

        results.Select(r => r.Document!.Text).Should().Equal(
            "Zara Holm won the Eastbrook regatta.", "Mill owner Bo Lind retired.", "Ana Brisk opened a bakery in Portville.");
    }

    [Fact]
    public async Task File_named_directly_is_read_even_if_no_include_matches_it()
    {
        var path = _folder.Write("notes.md", "Ana Brisk opened a bakery in Portville.");

        var results = await ReadAllAsync(new ReaderOptions { Includes = ["*.txt"] }, path);

        results.Should().ContainSingle().Which.Document!.Text.Should().Be("Ana Brisk opened a bakery in Portville.");
    }

    [Fact]
    public async Task Text_file_keeps_its_bytes_as_text_and_its_path_as_source()
    {
        const string text = "date 1987-02-26\nPELLIN FERRY SOLD\n\nOSLOBURG, Feb 26 - The Pellin ferry line was sold, its owners said.\n";
        var path = _folder.Write("ferry.txt", text);

        var doc = (await ReadAllAsync(path)).Should().ContainSingle().Which.Document!;

        doc.Text.Should().Be(text);
        doc.Source.Should().Be(Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path), "a file given by its full path is known by its folder's name and its own, not the user's folders");
        doc.Title.Should().Be("PELLIN FERRY SOLD");
        doc.Date.Should().Be(new DateOnly(1987, 2, 26));
    }

    [Fact]
    public async Task Dash_reads_standard_input_as_text()
    {
        var options = WithStandardInput("Ana Brisk opened a bakery in Portville.\n");

        var results = await ReadAllAsync(options, "-");

        var doc = results.Should().ContainSingle().Which.Document!;
        doc.Text.Should().Be("Ana Brisk opened a bakery in Portville.\n");
        doc.Source.Should().Be("-");
    }

    [Fact]
    public async Task Dash_sniffs_json_lines_on_standard_input()
    {
        var options = WithStandardInput(
            "\n  " + """{"text":"Mill owner Bo Lind retired."}""" + "\n" + """{"text":"Zara Holm won the regatta."}""" + "\n");

        var results = await ReadAllAsync(options, "-");

        results.Select(r => r.Document!.Text).Should().Equal("Mill owner Bo Lind retired.", "Zara Holm won the regatta.");
        results.Select(r => r.Source).Should().Equal("-:2", "-:3");
    }

    [Fact]
    public async Task Dash_with_text_format_does_not_sniff()
    {
        const string json = """{"text":"Mill owner Bo Lind retired."}""";
        var options = WithStandardInput(json, InputFormat.Text);

        var results = await ReadAllAsync(options, "-");

        results.Should().ContainSingle().Which.Document!.Text.Should().Be(json);
    }

    [Fact]
    public async Task Cancelled_reading_stops_with_operation_cancelled()
    {
        var path = _folder.Write("ferry.txt", "Zara Holm won the Eastbrook regatta.");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var reader = new DocumentReader(new ReaderOptions());

        var read = async () =>
        {
            await foreach (var _ in reader.ReadAsync([path], cancellation.Token)) { }
        };

        await read.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Missing_path_fails_with_no_such_file_or_folder_and_the_rest_is_read()
    {
        var missing = Path.Combine(_folder.Path, "missing.txt");
        var present = _folder.Write("present.txt", "Ana Brisk opened a bakery in Portville.");

        var results = await ReadAllAsync(missing, present);

        results.Should().HaveCount(2);
        results[0].Document.Should().BeNull();
        results[0].Issues.Should().ContainSingle().Which.ToString().Should().Be($"{missing}: no such file or folder");
        results[0].Issues[0].IsFatal.Should().BeTrue();
        results[1].Document!.Text.Should().Be("Ana Brisk opened a bakery in Portville.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    public async Task Empty_text_file_fails(string content)
    {
        var path = _folder.Write("empty.txt", content);

        var results = await ReadAllAsync(path);

        var result = results.Should().ContainSingle().Which;
        result.Document.Should().BeNull();
        result.Issues.Should().ContainSingle().Which.Should().Match<DocumentIssue>(i => i.IsFatal && i.Source == DocumentReader.SourceName(path, path) && i.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Binary_file_fails_and_the_rest_is_read()
    {
        var binary = _folder.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var present = _folder.Write("present.txt", "Ana Brisk opened a bakery in Portville.");

        var results = await ReadAllAsync(binary, present);

        results[0].Document.Should().BeNull();
        results[0].Issues.Should().ContainSingle().Which.Message.Should().Contain("binary");
        results[1].Document.Should().NotBeNull();
    }

    [Fact]
    public async Task Txt_file_starting_with_a_brace_is_text()
    {
        const string text = """{"text":"Mill owner Bo Lind retired."}""" + "\n";
        var path = _folder.Write("braces.txt", text);

        var results = await ReadAllAsync(path);

        var doc = results.Should().ContainSingle().Which.Document!;
        doc.Text.Should().Be(text);
        doc.Source.Should().Be(Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path), "a file given by its full path is known by its folder's name and its own, not the user's folders");
    }

    [Fact]
    public async Task File_with_unknown_extension_starting_with_a_brace_is_json_lines()
    {
        var path = _folder.Write("export.dat",
            """{"text":"Mill owner Bo Lind retired."}""" + "\n" + """{"text":"Zara Holm won the regatta."}""" + "\n");

        var results = await ReadAllAsync(path);

        results.Select(r => r.Document!.Text).Should().Equal("Mill owner Bo Lind retired.", "Zara Holm won the regatta.");
        results.Select(r => r.Source).Should().Equal($"{DocumentReader.SourceName(path, path)}:1", $"{DocumentReader.SourceName(path, path)}:2");
    }

    [Fact]
    public async Task File_with_unknown_extension_and_a_bom_before_the_brace_is_json_lines()
    {
        var path = _folder.WriteBytes("export.dat", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"text":"Mill owner Bo Lind retired."}""" + "\n")]);

        var results = await ReadAllAsync(path);

        results.Should().ContainSingle().Which.Document!.Text.Should().Be("Mill owner Bo Lind retired.");
    }

    [Fact]
    public async Task File_with_unknown_extension_starting_with_prose_is_text()
    {
        const string text = "Ana Brisk opened a bakery in Portville.\n";
        var path = _folder.Write("notes.md", text);

        var results = await ReadAllAsync(path);

        results.Should().ContainSingle().Which.Document!.Text.Should().Be(text);
    }

    [Fact]
    public async Task Format_option_overrides_the_extension()
    {
        var txt = _folder.Write("feed.txt", """{"text":"Mill owner Bo Lind retired."}""" + "\n");
        var jsonl = _folder.Write("story.jsonl", """{"text":"Zara Holm won the regatta."}""" + "\n");

        var asJson = await ReadAllAsync(new ReaderOptions { Format = InputFormat.JsonLines }, txt);
        var asText = await ReadAllAsync(new ReaderOptions { Format = InputFormat.Text }, jsonl);

        asJson.Should().ContainSingle().Which.Document!.Text.Should().Be("Mill owner Bo Lind retired.");
        asText.Should().ContainSingle().Which.Document!.Text.Should().Be("""{"text":"Zara Holm won the regatta."}""" + "\n");
    }

    [Fact]
    public async Task File_larger_than_the_limit_is_refused_and_the_rest_is_read()
    {
        var big = _folder.Write("big.txt", new string('a', 5000) + " Ana Brisk.");
        var small = _folder.Write("small.txt", "Zara Holm won the regatta.");

        var results = await ReadAllAsync(new ReaderOptions { MaxDocumentBytes = 4096 }, big, small);

        results[0].Document.Should().BeNull();
        results[0].Issues.Should().ContainSingle().Which.Should().Match<DocumentIssue>(i => i.IsFatal && i.Source == DocumentReader.SourceName(big, big));
        results[1].Document!.Text.Should().Be("Zara Holm won the regatta.");
    }

    [Fact]
    public async Task Invalid_utf8_in_a_text_file_is_a_warning_on_a_document_that_is_still_read()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" owner Ana Holm retired after forty years in Portville.")];
        var path = _folder.WriteBytes("cafe.txt", bytes);

        var result = (await ReadAllAsync(path)).Should().ContainSingle().Which;

        result.Document!.Text.Should().StartWith("Caf\uFFFD owner");
        result.Issues.Should().ContainSingle().Which.Should().Match<DocumentIssue>(i => !i.IsFatal && i.Source == DocumentReader.SourceName(path, path) && i.Message.Contains("byte 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bytes_and_characters_read_are_counted_for_text_and_sniffed_json_lines()
    {
        var text = _folder.Write("ferry.txt", "Zoë won the regatta.");
        var sniffed = _folder.Write("export.dat", """{"text":"Mill owner Bo Lind retired."}""" + "\n" + """{"text":"Ana left."}""" + "\n");
        var reader = new DocumentReader(new ReaderOptions());

        await ReadAllAsync(reader, text, sniffed);

        reader.Statistics.BytesRead.Should().Be(new FileInfo(text).Length + new FileInfo(sniffed).Length);
        reader.Statistics.CharactersRead.Should().Be("Zoë won the regatta.".Length + "Mill owner Bo Lind retired.".Length + "Ana left.".Length);
    }
}
