using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// An entity a recogniser named itself (a project, a conflict, an organisation not in the gazetteer):
/// its canonical name and the other names it goes by, beyond the surface forms of its mentions.
/// </summary>
/// <param name="Label">The entity's label.</param>
/// <param name="Key">Its key within the document; mentions refer to it by this key.</param>
/// <param name="Name">The canonical name ("conflict in Syria", "Stream Gas Pipeline").</param>
/// <param name="Aliases">Other names it is known by in this document.</param>
/// <param name="Scope">
/// Set when the name alone does not tell the entity apart across documents ("Foreign Ministry" of a country the text
/// does not name): the entity's id then belongs to this scope (the document) and joins no other document's.
/// </param>
public sealed record EntityDefinition(NodeLabel Label, string Key, string Name, IReadOnlyList<string> Aliases, string? Scope = null);
