namespace Graph.Bolt.Messages;

/// <summary>RECORD (<c>B1 71</c>): one record, its values in the order of the RUN's <c>fields</c>.</summary>
/// <param name="Fields">The values.</param>
public sealed record RecordMessage(IReadOnlyList<object?> Fields) : ResponseMessage
{
    /// <inheritdoc/>
    public override MessageSignature Signature => MessageSignature.Record;
}
