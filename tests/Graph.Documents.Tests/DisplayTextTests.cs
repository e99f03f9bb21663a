namespace Graph.Documents.Tests;

/// <summary>Names and texts from outside are printed as escapes, never as terminal controls or extra lines.</summary>
public class DisplayTextTests
{
    [Theory]
    [InlineData("feed.jsonl", "feed.jsonl")]
    [InlineData("Zürich – Genève.txt", "Zürich – Genève.txt")]
    [InlineData("evil\u001b[31mred.txt", "evil\\x1b[31mred.txt")]
    [InlineData("two\nlines\r.txt", "two\\nlines\\r.txt")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("bell\u0007 del\u007f c1\u009b", "bell\\x07 del\\x7f c1\\x9b")]
    [InlineData("txt.\u202egpj", "txt.\\u202egpj")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    public void Control_and_direction_characters_are_escaped_and_everything_else_is_kept(string text, string shown) =>
        DisplayText.Escape(text).Should().Be(shown);

    [Fact]
    public void An_issue_about_a_hostile_file_name_is_one_line_with_no_escape_character()
    {
        var issue = new DocumentIssue("news/evil\u001b]0;owned\u0007\n  wrote graph.ttl", "empty file; nothing to read", IsFatal: true);

        var line = issue.ToString();

        line.Should().NotContain("\n").And.NotContain("\u001b").And.NotContain("\u0007");
        line.Should().Be("news/evil\\x1b]0;owned\\x07\\n  wrote graph.ttl: empty file; nothing to read");
    }
}
