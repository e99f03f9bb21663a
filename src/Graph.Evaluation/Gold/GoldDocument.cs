using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Evaluation.Gold;

/// <summary>
/// One gold file (EVALUATION.md, "Gold file format"): the entities and relations a careful reader finds in one
/// document, required and optional. Keys the format does not define are ignored, as score.py ignores them.
/// </summary>
public sealed class GoldDocument
{
    private readonly string _document = "?";
    private readonly IReadOnlyList<GoldEntity> _entities = [];
    private readonly IReadOnlyList<GoldEntity> _optionalEntities = [];
    private readonly IReadOnlyList<GoldRelation> _relations = [];
    private readonly IReadOnlyList<GoldRelation> _optionalRelations = [];

    /// <summary>The document's file name; misses are reported under it (score.py prints <c>?</c> when it is missing).</summary>
    [JsonPropertyName("document")]
    public string Document
    {
        get => _document;
        // An explicit null prints as Python prints None.
        init => _document = value ?? "None";
    }

    /// <summary>Entities the system must find (recall counts them).</summary>
    [JsonPropertyName("entities")]
    public IReadOnlyList<GoldEntity> Entities { get => _entities; init => _entities = value ?? []; }

    /// <summary>Defensible entities: finding them is no false positive, missing them is no miss.</summary>
    [JsonPropertyName("optional_entities")]
    public IReadOnlyList<GoldEntity> OptionalEntities { get => _optionalEntities; init => _optionalEntities = value ?? []; }

    /// <summary>Relations the system must find.</summary>
    [JsonPropertyName("relations")]
    public IReadOnlyList<GoldRelation> Relations { get => _relations; init => _relations = value ?? []; }

    /// <summary>Defensible relations: finding them is no false positive, missing them is no miss.</summary>
    [JsonPropertyName("optional_relations")]
    public IReadOnlyList<GoldRelation> OptionalRelations { get => _optionalRelations; init => _optionalRelations = value ?? []; }

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON in the gold format.</exception>
    public static GoldDocument Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the text of a gold file and checks what the scorer relies on.</summary>
    /// <exception cref="InvalidDataException">The text is not JSON in the gold format.</exception>
    public static GoldDocument Parse(string json)
    {
        GoldDocument? gold;
        try
        {
            gold = JsonSerializer.Deserialize<GoldDocument>(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a gold file: {e.Message}", e);
        }
        if (gold is null) throw new InvalidDataException("not a gold file: the JSON is null, not an object");
        gold.Check();
        return gold;
    }

    /// <summary>
    /// The fields score.py reads without a default: where it would stop with a KeyError or IndexError, this
    /// says what is missing instead.
    /// </summary>
    private void Check()
    {
        foreach (var (list, key) in new[] { (Entities, "entities"), (OptionalEntities, "optional_entities") })
        {
            foreach (var e in list)
            {
                if (e is null) throw new InvalidDataException($"{key} holds a null");
            }
        }
        foreach (var (list, key) in new[] { (Relations, "relations"), (OptionalRelations, "optional_relations") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var r = list[i] ?? throw new InvalidDataException($"{key}[{i}] is null");
                var where = $"{key}[{i}] ({r.Type})";
                if (r.Subjects is null || r.Subjects.Count == 0) throw new InvalidDataException($"{where} has no subject");
                if (r.Type == ScoredTypes.Said && r.Evidence is null) throw new InvalidDataException($"{where} has no evidence");
                if (r.Type is ScoredTypes.Supports or ScoredTypes.CommittedTo && (r.Objects is null || r.Objects.Count == 0))
                {
                    throw new InvalidDataException($"{where} has no object");
                }
            }
        }
    }
}
