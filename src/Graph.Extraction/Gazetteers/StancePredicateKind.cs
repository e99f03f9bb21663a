namespace Graph.Extraction.Gazetteers;

/// <summary>The word class of the first word of a stance predicate, which decides where its actor stands.</summary>
public enum StancePredicateKind
{
    /// <summary>A verb: the actor is the clause's subject ("Iran backed the plan").</summary>
    Verb,

    /// <summary>A noun: the actor is its possessor or the subject of the verb that carries it ("Japan's support for", "expressed support for").</summary>
    Noun,

    /// <summary>A predicative adjective after be, remain or stand ("is committed to", "stands ready to").</summary>
    Adjective,
}
