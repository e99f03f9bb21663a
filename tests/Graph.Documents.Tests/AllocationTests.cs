using System.Text;
using static Graph.Documents.Tests.FolderSafetyTests;
using static Graph.Documents.Tests.Reading;

namespace Graph.Documents.Tests;

/// <summary>Tests that measure what the process allocates, run alone so that no other test's allocations count.</summary>
[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class RunAlone;

/// <summary>A line that never ends costs time, never memory.</summary>
[Collection(nameof(AllocationTests))]
public sealed class AllocationTests
{
    private static string Article(string who) => $"{who} opened the new ferry terminal at Eastbrook on Monday.";

    [Fact]
    public async Task A_line_that_never_ends_is_read_past_in_bounded_memory()
    {
        // 64 MiB of one line, then a good record: far more than the limit, read in blocks and never held.
        var stream = new ConcatenatedStream(new EndlessBytes((byte)'x', 64L << 20), new MemoryStream(Encoding.UTF8.GetBytes("\n{\"text\":\"" + Article("Ana Holm") + "\"}\n")));
        var options = new ReaderOptions { MaxDocumentBytes = 1 << 20, Format = InputFormat.JsonLines, StandardInput = () => stream };
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var results = await ReadAllAsync(options, "-");

        (GC.GetTotalAllocatedBytes(precise: true) - before).Should().BeLessThan(16L << 20, "the long line is skipped, not kept");
        results.Should().HaveCount(2);
        results[0].Issues.Single().Message.Should().Contain("more than the limit of 1,048,576 bytes");
        results[1].Document!.Text.Should().Be(Article("Ana Holm"));
    }

}
