namespace Graph.BoltServer.PackStream;

/// <summary>A PackStream structure: a tag byte and its fields (Node 4E, Relationship 52, a message, ...).</summary>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    /// <summary>Structures compare by tag and by the values of their fields.</summary>
    public bool Equals(PackStreamStructure? other) => PackValue.AreEqual(this, other);

    public override int GetHashCode() => HashCode.Combine(Tag, Fields.Count);

    public override string ToString() => PackValue.Format(this);
}
