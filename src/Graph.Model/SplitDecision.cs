namespace Graph.Model;

/// <summary>
/// An analyst's decision that a surface form is not a name of an entity: the alias is removed from it and no
/// automatic rule may join the entity with another through that form ("Reagan" is not "Ronald Reagan" in this
/// corpus, "Moscow" is not a name of the club called Russia).
/// </summary>
/// <param name="Alias">The surface form.</param>
/// <param name="From">The entity's id or name.</param>
public sealed record SplitDecision(string Alias, string From);
