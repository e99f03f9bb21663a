namespace Graph.Bolt.Values;

/// <summary>
/// A structure whose tag this library does not know (PackStream, Structure): kept as read, so a
/// newer server's value does not break a whole result.
/// </summary>
/// <param name="Tag">The tag byte.</param>
/// <param name="Fields">The fields, in order.</param>
public sealed record BoltStructure(byte Tag, IReadOnlyList<object?> Fields);
