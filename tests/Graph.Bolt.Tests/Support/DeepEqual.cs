namespace Graph.Bolt.Tests.Support;

/// <summary>Structural equality of PackStream values; floats compare bit for bit (PackStream keeps every bit).</summary>
internal static class DeepEqual
{
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (string x, string y) => x == y,
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) =>
            x.Count == y.Count && x.All(entry => y.TryGetValue(entry.Key, out var other) && Same(entry.Value, other)),
        (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => x.Count == y.Count && x.Zip(y).All(pair => Same(pair.First, pair.Second)),
        _ => Equals(a, b),
    };
}
