namespace Graph.Evaluation.Scoring;

/// <summary>An entity node of the system's graph as the scorer sees it: id, entity label and normalised names.</summary>
/// <param name="Id">The node id, which relationships point at.</param>
/// <param name="Label">Person, Country, Organization, Project or Conflict.</param>
/// <param name="Names">The normalised name and aliases (score.py's <c>names_of</c>).</param>
internal sealed record ScoredEntity(string Id, string Label, IReadOnlySet<string> Names);
