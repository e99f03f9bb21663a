using Graph.Model;

namespace Graph.Evaluation.Gold;

/// <summary>The entity and relation types that are scored, named as in gold files and the score table.</summary>
public static class ScoredTypes
{
    /// <summary>A person made a statement.</summary>
    public const string Said = "SAID";

    /// <summary>An actor expresses support for a target.</summary>
    public const string Supports = "SUPPORTS";

    /// <summary>An actor commits to a target.</summary>
    public const string CommittedTo = "COMMITTED_TO";

    /// <summary>Person, Country, Organization, Project, Conflict: the order of the table.</summary>
    public static IReadOnlyList<string> Entities { get; } = NodeLabels.Entities.Select(l => l.Name()).ToArray();

    /// <summary>SAID, SUPPORTS, COMMITTED_TO: the order of the table.</summary>
    public static IReadOnlyList<string> Relations { get; } = [Said, Supports, CommittedTo];
}
