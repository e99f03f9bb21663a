namespace Graph.Bolt.Messages;

/// <summary>IGNORED (<c>B0 7E</c>): the request was skipped because an earlier one failed and no RESET came yet.</summary>
public sealed record IgnoredMessage : ResponseMessage
{
    private IgnoredMessage()
    {
    }

    /// <summary>The only instance: the message has no fields.</summary>
    public static IgnoredMessage Instance { get; } = new();

    /// <inheritdoc/>
    public override MessageSignature Signature => MessageSignature.Ignored;
}
