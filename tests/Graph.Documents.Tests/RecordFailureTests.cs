using System.Text;
using System.Text.Json;
using CsCheck;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>
/// A record is the unit of failure: whatever one JSON Lines record or file holds, it costs at most that record,
/// named by file and line, and every other record is read.
/// </summary>
public sealed class RecordFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_lone_surrogate_escape_becomes_the_replacement_character_with_a_warning_and_the_other_records_are_read()
    {
        var path = _folder.Write("feed.jsonl",
            """{"id":"a","text":"Harbour chief Ola Brisk praised the new pier \ud83d today."}""" + "\n" +
            """{"id":"b","title":"Ferry \udc00 strike","text":"Ferry crews in Portville ended their strike."}""" + "\n" +
            """{"id":"c","text":"Mayor Elin Sorensen opened the market \ud83d\ude00 on Monday."}""" + "\n");

        var results = await ReadAllAsync(path);

        results.Should().HaveCount(3).And.OnlyContain(r => r.Document != null);
        results[0].Document!.Text.Should().Be("Harbour chief Ola Brisk praised the new pier \uFFFD today.");
        results[0].Issues.Should().ContainSingle().Which.ToString().Should().Contain($"{DocumentReader.SourceName(path, path)}:1").And.Contain("\"text\"").And.Contain("U+FFFD");
        results[1].Document!.Title.Should().Be("Ferry \uFFFD strike");
        results[1].Issues.Should().ContainSingle().Which.ToString().Should().Contain($"{DocumentReader.SourceName(path, path)}:2").And.Contain("\"title\"");
        // A whole pair is an ordinary character, not a repair.
        results[2].Document!.Text.Should().Contain("\U0001F600");
        results[2].Issues.Should().BeEmpty();
    }

    [Fact]
    public void Any_JSON_string_decodes_as_System_Text_Json_does_when_its_escapes_are_whole()
    {
        // Strings of any UTF-16 units whose surrogates are paired: the hand decoder must agree with the library.
        Gen.Char.Array[0, 40].Select(chars => new string(chars)).Where(s => !Utf16.HasLoneSurrogate(s)).Sample(text =>
        {
            var raw = JsonSerializer.Serialize(text);
            JsonStringReader.Decode(raw).Should().Be(text);
        }, iter: 2_000);
    }

    [Fact]
    public void Any_string_of_escapes_decodes_to_valid_UTF16()
    {
        // Arbitrary \uXXXX escapes, halves of pairs included: the result is always text that encodes to UTF-8 and back.
        Gen.Char.Array[0, 20].Select(chars => "\"" + string.Concat(chars.Select(c => $"\\u{(int)c:x4}")) + "\"").Sample(raw =>
        {
            var text = JsonStringReader.Decode(raw);
            Utf16.HasLoneSurrogate(text).Should().BeFalse();
            using var json = JsonDocument.Parse(raw);
            JsonStringReader.Read(json.RootElement, out var repaired).Should().Be(text);
            repaired.Should().Be(text.Contains('\uFFFD') && !raw.Contains("\\ufffd", StringComparison.Ordinal));
        }, iter: 2_000);
    }
}
