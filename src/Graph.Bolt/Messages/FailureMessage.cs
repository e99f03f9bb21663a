namespace Graph.Bolt.Messages;

/// <summary>FAILURE (<c>B1 7F</c>): the request failed, with a Neo4j status code and a message.</summary>
/// <param name="Code">The status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
/// <param name="Message">The server's explanation.</param>
public sealed record FailureMessage(string Code, string Message) : ResponseMessage
{
    /// <inheritdoc/>
    public override MessageSignature Signature => MessageSignature.Failure;

    /// <summary>The error to raise for this failure.</summary>
    public ServerException ToException() => new(Code, Message);

    /// <summary>Reads <c>code</c> and <c>message</c>; newer servers name the code <c>neo4j_code</c>.</summary>
    internal static FailureMessage FromMetadata(IReadOnlyDictionary<string, object?> metadata) => new(
        metadata.GetValueOrDefault("code") as string ?? metadata.GetValueOrDefault("neo4j_code") as string ?? "Neo.DatabaseError.General.UnknownError",
        metadata.GetValueOrDefault("message") as string ?? string.Empty);
}
