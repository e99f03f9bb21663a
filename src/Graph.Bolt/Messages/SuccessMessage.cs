namespace Graph.Bolt.Messages;

/// <summary>SUCCESS (<c>B1 70</c>): the request succeeded; <paramref name="Metadata"/> depends on the request.</summary>
/// <param name="Metadata">E.g. <c>server</c> and <c>connection_id</c> after HELLO, <c>fields</c> after RUN, <c>has_more</c> or <c>bookmark</c> after PULL, <c>rt</c> after ROUTE.</param>
public sealed record SuccessMessage(IReadOnlyDictionary<string, object?> Metadata) : ResponseMessage
{
    /// <inheritdoc/>
    public override MessageSignature Signature => MessageSignature.Success;

    /// <summary>A metadata entry of type <typeparamref name="T"/>, or the default when it is absent or of another type.</summary>
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>True when PULL or DISCARD left records to fetch (<c>has_more: true</c>).</summary>
    public bool HasMore => Get<bool>("has_more");
}
