namespace Graph.Model;

/// <summary>
/// The decisions an analyst keeps about which entities are one (see the README, "Identity of entities"). They are
/// applied to the whole graph after the automatic rules, at every import, so a decision made once holds for every
/// later import whatever the order of documents.
/// </summary>
/// <param name="Merges">Entities to join.</param>
/// <param name="Splits">Surface forms to take away from an entity.</param>
public sealed record IdentityDecisions(IReadOnlyList<MergeDecision> Merges, IReadOnlyList<SplitDecision> Splits)
{
    /// <summary>No decisions.</summary>
    public static IdentityDecisions None { get; } = new([], []);
}
