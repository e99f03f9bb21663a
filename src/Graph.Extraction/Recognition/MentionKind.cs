namespace Graph.Extraction.Recognition;

/// <summary>How a mention refers to its entity. Only names and aliases become the entity's aliases.</summary>
public enum MentionKind
{
    /// <summary>The entity's name or another name of it ("Russia", "Russian Federation", "U.S.").</summary>
    Name,
    /// <summary>A demonym or adjective ("Russian"): signals the country, is not its name.</summary>
    Demonym,
    /// <summary>A capital standing for the government ("Moscow said").</summary>
    Capital,
    /// <summary>A surname or other short form resolved to a fuller name.</summary>
    ShortName,
    /// <summary>A pronoun resolved to a person.</summary>
    Pronoun,
    /// <summary>
    /// A definite common noun resolved to a project or conflict named before ("the deal", "the war"): a target
    /// like its name, but never a name of the entity.
    /// </summary>
    Reference,
}
