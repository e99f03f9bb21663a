namespace Graph.Extraction.Syntax;

/// <summary>
/// The coarse word classes the clause reader needs. Closed classes (determiners, prepositions, auxiliaries...)
/// are known by list; open-class words are <see cref="Word"/> unless a lexicon knows them as verb forms.
/// </summary>
public enum WordClass : byte
{
    /// <summary>An open-class word or a name.</summary>
    Word,

    /// <summary>A known verb form (from the stance and speech lexicons).</summary>
    Verb,

    /// <summary>the, a, an, this, its, their...</summary>
    Determiner,

    /// <summary>in, on, for, with, by...; "to" and "of" have classes of their own.</summary>
    Preposition,

    /// <summary>"to": an infinitive marker or a preposition.</summary>
    To,

    /// <summary>"of", which chains noun phrases ("the extension of the deal").</summary>
    Of,

    /// <summary>Forms of be, have, do: auxiliaries or main verbs.</summary>
    Auxiliary,

    /// <summary>will, would, can, could, may, might, must, shall, should.</summary>
    Modal,

    /// <summary>not, n't, never.</summary>
    Negation,

    /// <summary>and, or, nor.</summary>
    Coordinator,

    /// <summary>Words that open a subordinate clause: that, because, although, while, if, unless...</summary>
    Subordinator,

    /// <summary>who, which, whom, whose.</summary>
    Relative,

    /// <summary>Personal pronouns that can be subjects: he, she, it, we, they, I, you.</summary>
    Pronoun,

    /// <summary>Adverbs that may stand inside a verb group: also, still, already, strongly, fully...</summary>
    Adverb,

    /// <summary>Days, months and time words that make time phrases: Tuesday, week, yesterday...</summary>
    Time,

    /// <summary>The possessive "'s".</summary>
    Possessive,

    /// <summary>A comma.</summary>
    Comma,

    /// <summary>A quotation mark.</summary>
    Quote,

    /// <summary>
    /// A quotation mark around a few words quoted inside a clause ('was "very supportive" of the plan'): the words
    /// stay part of the clause, so the mark is read through, not as the edge of a quotation.
    /// </summary>
    InlineQuote,

    /// <summary>; : ( ) and other punctuation that ends a clause.</summary>
    Boundary,

    /// <summary>Other punctuation (hyphen, full stop inside the sentence...).</summary>
    Punctuation,

    /// <summary>but, yet: coordinators that also open a new clause.</summary>
    Contrast,
}
