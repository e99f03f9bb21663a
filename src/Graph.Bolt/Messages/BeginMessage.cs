using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>BEGIN (Bolt message spec, BEGIN): one <c>extra</c> dictionary with the transaction configuration.</summary>
public sealed class BeginMessage : IRequestMessage
{
    /// <summary>Creates the message.</summary>
    public BeginMessage(TransactionConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
    }

    /// <inheritdoc/>
    public MessageSignature Signature => MessageSignature.Begin;

    /// <summary>The transaction configuration.</summary>
    public TransactionConfig Config { get; }

    /// <inheritdoc/>
    public void WriteTo(PackStreamWriter writer, BoltProtocolVersion version)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStructureHeader(1, (byte)Signature);
        writer.WriteMap(Config.ToExtra());
    }

    /// <inheritdoc/>
    public override string ToString() => $"BEGIN {{db: {Config.Database ?? "(home)"}, mode: {Config.Mode}, bookmarks: {Config.Bookmarks.Count}}}";
}
