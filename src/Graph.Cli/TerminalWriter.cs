using System.Text;
using Graph.Documents;

namespace Graph.Cli;

/// <summary>
/// The terminal's standard error (and standard output when it is a terminal): whatever is written, control characters
/// other than line ends and tabs are shown as escapes, so no text that reaches the screen (a file name, a field of a
/// record, a server's message) can send escape sequences to the terminal. Names and server texts are also escaped
/// where they are printed (<see cref="DisplayText"/>), line ends included, so none can forge a line of the summary.
/// </summary>
public sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer underneath, for output that is the program's own terminal control (the progress bar).</summary>
    public TextWriter Inner => inner;

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (value is '\n' or '\t' || !DisplayText.NeedsEscape(value)) inner.Write(value);
        else inner.Write(DisplayText.Escape(value.ToString()));
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null) return;
        foreach (var c in value)
        {
            if (c is not '\n' and not '\t' && DisplayText.NeedsEscape(c))
            {
                foreach (var each in value) Write(each);
                return;
            }
        }
        inner.Write(value);
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    /// <inheritdoc />
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync() => inner.FlushAsync();
}
