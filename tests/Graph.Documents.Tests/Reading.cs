namespace Graph.Documents.Tests;

/// <summary>Runs a reader to the end and collects what it returned.</summary>
internal static class Reading
{
    public static async Task<List<ReadResult>> ReadAllAsync(DocumentReader reader, params string[] inputs)
    {
        var results = new List<ReadResult>();
        await foreach (var result in reader.ReadAsync(inputs)) results.Add(result);
        return results;
    }

    public static Task<List<ReadResult>> ReadAllAsync(ReaderOptions options, params string[] inputs) =>
        ReadAllAsync(new DocumentReader(options), inputs);

    public static Task<List<ReadResult>> ReadAllAsync(params string[] inputs) =>
        ReadAllAsync(new ReaderOptions(), inputs);
}
