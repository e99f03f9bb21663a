namespace Graph.Extraction.Syntax;

/// <summary>
/// One clause of a sentence, built around its verb group: who the subject is (a token range, or the subject
/// of the clause it is coordinated with or depends on), the verb group with its negation, modality and
/// voice, and the stretch after the verb where objects and complements stand. Token indexes are into the
/// sentence's token list; ends are exclusive.
/// </summary>
public sealed class Clause
{
    /// <summary>First token of the verb group (an auxiliary, a modal, "to", or the verb itself).</summary>
    public required int VerbStart { get; init; }

    /// <summary>Token after the verb group.</summary>
    public required int VerbEnd { get; init; }

    /// <summary>The main verb of the group: the last verb or auxiliary in it.</summary>
    public required int Head { get; init; }

    /// <summary>"not", "n't" or "never" in the verb group.</summary>
    public bool Negated { get; init; }

    /// <summary>The modal of the group, lower case ("would", "could"), or null.</summary>
    public string? Modal { get; init; }

    /// <summary>A form of be followed by a participle: the subject undergoes the action ("was welcomed by").</summary>
    public bool Passive { get; init; }

    /// <summary>The group is "to" + verb.</summary>
    public bool Infinitive { get; init; }

    /// <summary>The subject phrase's first token, or -1 when the subject is not in this clause.</summary>
    public int SubjectStart { get; set; } = -1;

    /// <summary>Token after the subject phrase.</summary>
    public int SubjectEnd { get; set; } = -1;

    /// <summary>
    /// The clause whose subject this one shares: the first of coordinated verb phrases ("welcomed X and
    /// pledged Y"), or the governing clause of an infinitive ("agreed to build").
    /// </summary>
    public Clause? SubjectFrom { get; set; }

    /// <summary>For an infinitive: the clause whose verb governs it ("pledged" for "to build").</summary>
    public Clause? Governor { get; set; }

    /// <summary>
    /// An infinitive whose subject is its governor's object, not its subject ("urged Iran to sign"): the
    /// governor's subject asks, it does not act.
    /// </summary>
    public bool ObjectControlled { get; set; }

    /// <summary>
    /// The bare infinitive of "help" or "let" after its object ("will help Peru expand its ports"): what its
    /// "subject" is helped to do, part of the governing clause rather than a clause of its own.
    /// </summary>
    public bool BareInfinitive { get; set; }

    /// <summary>The clause hangs on "if" or "unless": a condition, not a stance.</summary>
    public bool Conditional { get; set; }

    /// <summary>The clause is a question.</summary>
    public bool Question { get; set; }

    /// <summary>The subject is a relative pronoun standing for the phrase in <see cref="SubjectStart"/>..<see cref="SubjectEnd"/>.</summary>
    public bool Relative { get; set; }

    /// <summary>Token after the clause: where the next clause or the sentence starts.</summary>
    public required int End { get; set; }

    /// <summary>The first token of the clause as written: its subject when that comes before the verb, else the verb.</summary>
    public int FirstToken() => SubjectRange() is { } r && r.Start < VerbStart ? r.Start : VerbStart;

    /// <summary>The subject's token range, following <see cref="SubjectFrom"/> when the clause shares it.</summary>
    public (int Start, int End)? SubjectRange()
    {
        for (var c = this; c is not null; c = c.SubjectFrom)
        {
            if (c.SubjectStart >= 0) return (c.SubjectStart, c.SubjectEnd);
        }
        return null;
    }
}
