using CsCheck;
using Graph.Rdf;

namespace Graph.Rdf.Tests;

/// <summary>
/// Generated hostile names and ids, written by our writers and read by Debian's serdi, the strictest parser here:
/// it must accept every output, and the name it reads back must be the name we wrote.
/// </summary>
public class SerdiPropertyTests
{
    /// <summary>Quotes, backslashes, line breaks, tabs, control and format characters, emoji, right-to-left text, IRI-hostile characters.</summary>
    private static readonly Gen<string> Hostile = Gen.OneOf(
            Gen.Char['\u0001', '\u001F'], Gen.Const('"'), Gen.Const('\\'), Gen.Const('\n'), Gen.Const('\r'), Gen.Const('\t'),
            Gen.Const('\u202E'), Gen.Const('\u200D'), Gen.Char['\u0600', '\u06FF'], Gen.Char['a', 'z'], Gen.Const(' '),
            Gen.Const('#'), Gen.Const('%'), Gen.Const('<'), Gen.Const('>'), Gen.Const('{'), Gen.Const('}'), Gen.Const('^'), Gen.Const('`'),
            Gen.Const('\u007F'), Gen.Const('é'))
        .Array[1, 25].Select(chars => new string(chars));

    [Theory]
    [InlineData("nt", "ntriples")]
    [InlineData("ttl", "turtle")]
    public async Task Serdi_accepts_every_output_and_reads_back_the_same_name(string format, string syntax)
    {
        using var folder = new TempFolder();
        var samples = Gen.Select(Hostile, Hostile, Hostile.Select(s => s + "😀")).Array[25].Single();
        for (var i = 0; i < samples.Length; i++)
        {
            var (name, id, evidence) = samples[i];
            using var graph = TinyGraph.Build(personName: name, personId: "person/" + id, evidence: evidence);
            RdfExporter exporter = format == "nt" ? new NTriplesExporter(new RdfDataIris()) : new TurtleExporter(new RdfDataIris());
            var (text, count) = await TinyGraph.WriteAsync(exporter, graph);
            var path = folder.Write($"graph{i}.{format}", text);

            var serdi = await ExporterTests.RunAsync("serdi", "-i", syntax, "-o", "ntriples", path);

            serdi.ExitCode.Should().Be(0, $"serdi must accept the output for name {Describe(name)} and id {Describe(id)}: {serdi.Error}");
            serdi.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().Be((int)count);
            var names = serdi.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(line => line.Contains("<https://graph.example.org/ontology#name>", StringComparison.Ordinal))
                .Select(line => NTriplesUnescaper.Literal(line[(line.IndexOf("ontology#name> ", StringComparison.Ordinal) + "ontology#name> ".Length)..^2]))
                .ToList();
            names.Should().Contain(name, $"the name {Describe(name)} must survive the round trip");
        }
    }

    private static string Describe(string s) => string.Concat(s.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
