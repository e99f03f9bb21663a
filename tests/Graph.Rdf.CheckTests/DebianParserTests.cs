using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Rdf.CheckTests;

/// <summary>
/// Every RDF export of the samples, read by Debian's serdi (the strictest parser here) and rapper: both accept it
/// and find exactly as many triples or quads as the writer reported in the import summary.
/// </summary>
public partial class DebianParserTests(SampleExports exports) : IClassFixture<SampleExports>
{
    [GeneratedRegex(@"wrote (?<path>\S+) \((?<bytes>[\d,]+) bytes, (?<count>[\d,]+) (?<unit>triples|quads)\)")]
    private static partial Regex WroteLine();

    public static TheoryData<string, string, string> Formats => new()
    {
        { "graph.nt", "ntriples", "ntriples" }, { "graph.ttl", "turtle", "ntriples" },
        { "graph.nq", "nquads", "nquads" }, { "graph.trig", "trig", "nquads" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Serdi_and_rapper_read_as_many_statements_as_the_writer_reported(string file, string syntax, string output)
    {
        var reported = WroteLine().Matches(exports.Summary).Single(m => Path.GetFileName(m.Groups["path"].Value) == file);
        var count = long.Parse(reported.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        count.Should().BeGreaterThan(1000, "the samples give thousands of statements");

        var serdi = await RunAsync("serdi", "-i", syntax, "-o", output, exports.File(file));
        serdi.ExitCode.Should().Be(0, serdi.Error);
        Lines(serdi.Output).Should().Be(count, $"serdi must read every statement the writer reported in {file}");

        var rapper = await RunAsync("rapper", "-q", "-i", syntax, "-o", output, exports.File(file));
        rapper.ExitCode.Should().Be(0, rapper.Error);
        Lines(rapper.Output).Should().Be(count, $"rapper must read every statement the writer reported in {file}");
    }

    private static long Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LongLength;

    private static Task<ToolRun.Result> RunAsync(string tool, params string[] args) =>
        ToolRun.RunAsync(tool, args, "run ./test.sh (it installs serdi and raptor2-utils).");
}
