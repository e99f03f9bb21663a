namespace Graph.Extraction.Gazetteers;

/// <summary>What a stance predicate says of its subject's attitude to its target.</summary>
public enum StanceClass
{
    /// <summary>Support, backing, praise or endorsement: SUPPORTS.</summary>
    Supports,

    /// <summary>A pledge, promise, agreement or intention to carry something out: COMMITTED_TO.</summary>
    CommittedTo,

    /// <summary>Opposition, rejection or condemnation: no edge, and no support read inside it.</summary>
    Opposes,

    /// <summary>Turns the predicate it governs off: "refused to back", "withdrew its support for".</summary>
    Negates,
}
