namespace Graph.Cli.Tests;

/// <summary>Whatever reaches the terminal through <see cref="TerminalWriter"/> cannot drive it; line ends are kept.</summary>
public class TerminalWriterTests
{
    [Fact]
    public async Task Escape_sequences_are_shown_and_lines_and_tabs_are_kept()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        var terminal = new TerminalWriter(inner);

        terminal.WriteLine("graph: error: \u001b[2Jcleared?");
        await terminal.WriteLineAsync("\tindented\u0008");
        terminal.Write('\u001b');
        terminal.Write("plain\n");

        inner.ToString().Should().Be("graph: error: \\x1b[2Jcleared?\n\tindented\\x08\n\\x1bplain\n");
    }

    [Fact]
    public async Task An_import_names_a_file_with_control_characters_in_its_name_by_escapes()
    {
        using var temp = new TempFolder();
        temp.Write("news/ok.txt", "Harbour chief Ola Brisk opened the Eastbrook pier on Monday.");
        temp.Write("news/evil\u001b[31m\n  wrote forged.ttl.txt", "");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await GraphCommandLine.RunAsync(["import", temp.File("news"), "--out", temp.File("out")], output, error);

        code.Should().Be(ExitCodes.PartialFailure);
        error.ToString().Should().Contain("evil\\x1b[31m\\n  wrote forged.ttl.txt: empty file").And.NotContain("\u001b");
        error.ToString().Split('\n').Should().NotContain(l => l.StartsWith("  wrote forged", StringComparison.Ordinal));
    }
}
