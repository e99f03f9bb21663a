namespace Graph.Model;

/// <summary>
/// An analyst's decision that several entities are one: each member is an entity id ("person/mhmd-qrsh") or a
/// name or alias ("Mahmood Qureshi"); the merged entity takes <paramref name="Name"/> as its name.
/// </summary>
/// <param name="Name">The canonical name of the merged entity.</param>
/// <param name="Label">The label the members must have; null for any (then a name must not match two labels).</param>
/// <param name="Members">Ids, names or aliases of the entities to merge; the canonical name itself is also a member.</param>
public sealed record MergeDecision(string Name, NodeLabel? Label, IReadOnlyList<string> Members);
