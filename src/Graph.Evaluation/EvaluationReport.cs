namespace Graph.Evaluation;

/// <summary>Scores micro-averaged over every document of a run: per type, per group, and every miss and extra.</summary>
public sealed class EvaluationReport
{
    internal EvaluationReport(int documentCount, IReadOnlyList<TypeScore> entityTypes, TypeScore entities,
        IReadOnlyList<TypeScore> relationTypes, TypeScore relations, IReadOnlyList<string> misses)
    {
        DocumentCount = documentCount;
        EntityTypes = entityTypes;
        Entities = entities;
        RelationTypes = relationTypes;
        Relations = relations;
        Misses = misses;
    }

    /// <summary>Documents scored.</summary>
    public int DocumentCount { get; }

    /// <summary>Person, Country, Organization, Project, Conflict, in that order.</summary>
    public IReadOnlyList<TypeScore> EntityTypes { get; }

    /// <summary>The five entity types together (type name <c>entities</c>).</summary>
    public TypeScore Entities { get; }

    /// <summary>SAID, SUPPORTS, COMMITTED_TO, in that order.</summary>
    public IReadOnlyList<TypeScore> RelationTypes { get; }

    /// <summary>The three relation types together (type name <c>relations</c>).</summary>
    public TypeScore Relations { get; }

    /// <summary>score.py's <c>-v</c> lines, without their indentation: <c>DOC: missed TYPE NAME</c>, <c>DOC: extra ...</c>.</summary>
    public IReadOnlyList<string> Misses { get; }

    /// <summary>The score of one entity or relation type by its name.</summary>
    /// <exception cref="KeyNotFoundException">Not one of the eight scored types.</exception>
    public TypeScore this[string type] =>
        EntityTypes.Concat(RelationTypes).FirstOrDefault(s => s.Type == type) ?? throw new KeyNotFoundException($"'{type}' is not a scored type");
}
