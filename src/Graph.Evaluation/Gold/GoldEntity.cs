using System.Text.Json.Serialization;

namespace Graph.Evaluation.Gold;

/// <summary>An entity of a gold file: its type, canonical name and the other surface forms it has in the document.</summary>
public sealed class GoldEntity
{
    private readonly IReadOnlyList<string> _aliases = [];

    /// <summary>One of Person, Country, Organization, Project, Conflict (other types are counted but can never be found).</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The canonical name; relations name their subjects and objects by it.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Other surface forms of the entity in that document (surname, capital used for the government...).</summary>
    [JsonPropertyName("aliases")]
    public IReadOnlyList<string> Aliases
    {
        get => _aliases;
        // An explicit null reads as no aliases (score.py would stop on it; nothing is gained by that here).
        init => _aliases = value ?? [];
    }
}
