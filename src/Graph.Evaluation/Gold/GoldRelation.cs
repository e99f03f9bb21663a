using System.Text.Json.Serialization;

namespace Graph.Evaluation.Gold;

/// <summary>A relation of a gold file: SAID (subject and evidence), SUPPORTS or COMMITTED_TO (subject and object).</summary>
public sealed class GoldRelation
{
    /// <summary>SAID, SUPPORTS or COMMITTED_TO.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>Acceptable subjects, by canonical entity name: any one of them earns the hit.</summary>
    [JsonPropertyName("subject")]
    public required IReadOnlyList<string> Subjects { get; init; }

    /// <summary>Acceptable objects of SUPPORTS and COMMITTED_TO, by canonical entity name; null for SAID.</summary>
    [JsonPropertyName("object")]
    public IReadOnlyList<string>? Objects { get; init; }

    /// <summary>A phrase copied from the document; for SAID it must occur in the statement's text.</summary>
    [JsonPropertyName("evidence")]
    public string? Evidence { get; init; }

    /// <summary>
    /// Whether two relations are the same gold fact. score.py finds a SAID's place with <c>list.index</c>, which
    /// compares whole JSON objects; the gold format has no keys beyond these four, so comparing them is the same.
    /// </summary>
    internal bool SameAs(GoldRelation other) =>
        Type == other.Type
        && Subjects.SequenceEqual(other.Subjects, StringComparer.Ordinal)
        && (Objects is null ? other.Objects is null : other.Objects is not null && Objects.SequenceEqual(other.Objects, StringComparer.Ordinal))
        && Evidence == other.Evidence;
}
