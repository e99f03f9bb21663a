using System.Collections.Frozen;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Recognition;
using Graph.Extraction.Syntax;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Stance;

/// <summary>
/// Finds SUPPORTS and COMMITTED_TO between an actor (person, country, organisation) and a target entity by
/// reading clauses (<see cref="ClauseReader"/>) against the predicate lexicon of <c>stance-predicates.tsv</c>
/// (generated from the CAMEO verb dictionary). The actor is the subject of the predicate's clause, across
/// appositions, time phrases and coordination, or the subject it shares with the verb phrase or infinitive
/// it belongs to; the target is the object or the complement after the predicate's frame ("reaffirmed its
/// commitment to X"), reached through an infinitive ("pledged to implement X"), a process noun ("welcomed
/// the extension of X") or a possessor ("backs X's bid"). Negation in the verb group, a governing negating
/// verb ("refused to back"), opposition, hedging modals ("could", "might"), conditions, questions and an
/// infinitive whose subject is someone urged ("urged X to sign": the one who urges advocates it) produce nothing. A commitment to end a
/// conflict has the conflict as target and <c>aim: "end"</c>; a conflict is never a target without that aim.
/// </summary>
public sealed partial class StanceRecognizer : IExtractionStep
{
    private readonly StanceLexicon _lexicon;
    private readonly ClauseReader _reader;
    private readonly Gazetteer _gazetteer;

    /// <summary>Modals that hedge: "could back", "might sign" state no stance.</summary>
    private static readonly FrozenSet<string> HedgingModals = new[] { "could", "might", "may" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Copulas a predicative adjective follows: "is committed to", "remains ready to", "stands ready to".</summary>
    private static readonly FrozenSet<string> Copulas = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains", "remained", "remaining", "stay", "stays", "stayed",
        "stand", "stands", "stood", "seem", "seems", "seemed", "appear", "appears", "appeared", "feel", "feels", "felt", "declared", "declare",
        "become", "becomes", "became", "becoming",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs that carry a stance noun as their object ("expressed support for", "gave its backing to"): the
    /// light and reporting verbs of English; any other verb ("discussed support for") does not make its
    /// subject the noun's actor.
    /// </summary>
    private static readonly FrozenSet<string> LightVerbs = new[]
    {
        "express", "expresses", "expressed", "expressing", "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "reiterate", "reiterates",
        "reiterated", "reiterating", "voice", "voices", "voiced", "voicing", "give", "gives", "gave", "given", "giving", "lend", "lends",
        "lent", "lending", "offer", "offers", "offered", "offering", "pledge", "pledges", "pledged", "pledging", "extend", "extends",
        "extended", "extending", "renew", "renews", "renewed", "renewing", "confirm", "confirms", "confirmed", "confirming", "affirm",
        "affirms", "affirmed", "affirming", "declare", "declares", "declared", "declaring", "show", "shows", "showed", "shown", "showing",
        "announce", "announces", "announced", "announcing", "underline", "underlined", "underlines", "emphasise", "emphasised", "emphasize",
        "emphasized", "stress", "stressed", "stresses", "signal", "signalled", "signaled", "signals", "demonstrate", "demonstrated",
        "assure", "assured", "assures", "promise", "promised", "promises", "have", "has", "had", "enjoy", "enjoys", "enjoyed",
        "provide", "provides", "provided", "providing", "win", "won", "secure", "secured", "receive", "received", "welcome", "welcomed",
        // "made a pledge of", "made a firm commitment to".
        "make", "makes", "made", "making",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs and nouns that aim at ending something: "pledged to end the war", "called for an end to the conflict".</summary>
    private static readonly FrozenSet<string> EndWords = new[]
    {
        "end", "ends", "ended", "ending", "resolve", "resolves", "resolved", "resolving", "settle", "settles", "settled", "settling",
        "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "resolution", "settlement", "solution", "peace",
        "ceasefire", "cease-fire", "truce", "de-escalation", "deescalation", "negotiated", "political", "diplomatic", "peaceful",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Nouns whose possessor is what the stance is about: "support for Ukraine's sovereignty" supports Ukraine,
    /// "backs Georgia's bid to join" backs Georgia.
    /// </summary>
    private static readonly FrozenSet<string> PossessorHeads = new[]
    {
        "sovereignty", "integrity", "independence", "unity", "bid", "bids", "efforts", "effort", "role", "people", "security", "stability",
        "right", "rights", "membership", "candidacy", "accession", "position", "application", "stance", "struggle", "cause", "defence",
        "defense", "development", "reconstruction", "recovery", "economy", "government", "leadership", "territorial", "aspirations",
        "candidate", "entry", "request", "requests", "applications", "candidacies", "demands", "interests", "interest", "participation", "return", "admission", "integration",
        "action", "actions", "move", "moves", "decision", "presence", "commitment", "leadership",
        // What it aims at: "supported Kenya's ambition to become a hub".
        "ambition", "ambitions", "aspiration", "quest", "goal", "goals", "aims", "vision",
        // What is done for a country's good: "agreed to reschedule Bolivia's debt".
        "debt", "debts",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that turn what follows into something acted against: "in retaliation for", "sanctions against".</summary>
    private static readonly FrozenSet<string> OppositionWords = new[]
    {
        "against", "retaliation", "retaliatory", "sanctions", "sanction", "failure", "violation", "violations", "breach", "breaking",
        "protest", "boycott", "punish", "punitive", "curb", "curbs", "restrict", "restrictions", "block", "defeat", "attack", "attacks",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that take a bare infinitive ("helped defeat X", "help solve X"): the stance is the inner verb's, if any.</summary>
    private static readonly FrozenSet<string> BareInfinitiveVerbs = new[] { "help", "helps", "helped", "helping" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a process undertaken on something: "the extension of X", "the implementation of X" stand for X.</summary>
    private static readonly FrozenSet<string> ProcessNouns = new[]
    {
        "extension", "implementation", "signing", "resumption", "continuation", "conclusion", "success", "establishment", "construction",
        "completion", "launch", "revival", "renewal", "expansion", "development", "idea", "principle", "goals", "goal", "objectives",
        "aims", "spirit", "terms", "provisions", "provision", "framework", "process", "outcome", "results", "creation", "building", "ratification",
        "adoption", "realization", "realisation", "restoration", "strengthening", "deepening", "early", "speedy", "swift", "full",
        "enforcement", "observance", "fulfilment", "fulfillment", "execution", "preservation", "upholding", "application",
        "work", "efforts", "effort", "mission", "mandate", "agenda", "policy", "policies", "program", "programme", "project", "cause",
        "end", "resolution", "settlement", "solution", "peace", "ceasefire", "truce", "start", "talks", "negotiations", "dialogue",
        "implementing", "signature", "entry", "force", "mediation", "role", "contribution", "contributions", "leadership",
        // What is asked for or planned of something: "backed calls for an extension of X", "favours a new round of X talks".
        "call", "calls", "round", "rounds", "plan", "plans",
        // What is owed or advised under something: "honour its commitments under X", "carry out the recommendations of X".
        "commitments", "commitment", "obligations", "obligation", "recommendations", "recommendation", "proposals", "proposal", "measures", "steps",
        // An agreement named by what it is about: "signed an accord on the Caspian pipeline".
        "agreement", "agreements", "accord", "accords", "deal", "deals", "pact", "treaty", "memorandum", "contract", "protocol",
        // A part of an undertaking stands for it: "agreed to fund the first phase of X", "will build the second stage of X".
        "phase", "phases", "stage", "stages", "section", "sections", "segment", "segments", "leg", "part", "tranche",
        // How far it has come: "welcomed progress on X".
        "progress",
        // What it can carry or reach: "expanding the capacity of X"; a unit of a plant: "the first unit of X".
        "capacity", "scope", "scale", "unit", "units",
        // Work with others on it: "extend all-out cooperation for the timely completion of X"; a study or roadmap for it.
        "cooperation", "co-operation", "study", "studies", "roadmap",
        // Its opening: "hailed the inauguration of X", "attended the launching of X".
        "inauguration", "opening", "launching", "commissioning", "groundbreaking", "unveiling",
        // "signed a memorandum of understanding on X".
        "understanding",
        // So does a share of its cost: "agreed to finance half of X", "will pay the cost of X", "will finance 80 pct of X".
        "half", "third", "share", "bulk", "cost", "costs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word may be a verb's bare form, not a plural noun: "rebuild", "expand", not "companies" or "exports".</summary>
    private static bool IsBareVerbForm(string word) => !(word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        && !(word.EndsWith("ing", StringComparison.Ordinal) && word is not ("bring" or "spring" or "string"));

    /// <summary>Words that stand for the actor of a noun phrase they end ("Iran's government", "U.S. officials", "the government of Iran").</summary>
    private static readonly FrozenSet<string> AgentHeads = new[]
    {
        "government", "governments", "officials", "official", "leaders", "leader", "leadership", "delegation", "delegations",
        "authorities", "administration", "cabinet", "parliament", "legislature", "negotiators", "diplomats", "side", "sides",
        "president", "minister", "ministers", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "envoy",
        "ambassador", "regime", "state", "states", "nation", "nations", "countries", "country", "members", "representatives",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs of English that take an infinitive and state no stance of their own ("continues to support", "decided to
    /// join", "will work to conclude"): known as verbs, they give the infinitive its subject.
    /// </summary>
    private static readonly string[] CatenativeVerbs = Inflect(
        "continue", "decide", "hope", "plan", "intend", "seek", "try", "aim", "work", "move", "begin", "start", "expect", "need",
        "prepare", "choose", "attempt", "strive", "wish", "want", "tend", "appear", "seem", "manage", "learn", "arrange", "propose",
        "vote", "undertake", "endeavour", "endeavor", "aspire", "act", "step", "rush", "hasten", "hurry", "go", "come",
        // Verbs that carry an effort noun: "launched an effort to", "made a bid to", "led a drive to".
        "launch", "make", "lead", "redouble", "mount");

    /// <summary>
    /// Verbs that bring an undertaking about ("set up a fund", "build the railway", "conclude" is a stance verb of its
    /// own). They state no stance of the one who acts, but whoever urges another to bring a named undertaking about
    /// advocates it: "called on its partners to set up the fund". Read only through <see cref="ReadAdvocacy"/>.
    /// </summary>
    private static readonly FrozenDictionary<string, StancePredicateEntry> RealisingVerbs = new (string Phrase, string[] Forms)[]
    {
        ("set up", ["set", "sets", "setting"]),
        ("establish", ["establish", "establishes", "established", "establishing"]), ("create", ["create", "creates", "created", "creating"]),
        ("build", ["build", "builds", "built", "building"]), ("complete", ["complete", "completes", "completed", "completing"]),
        ("launch", ["launch", "launches", "launched", "launching"]), ("revive", ["revive", "revives", "revived", "reviving"]),
        ("resume", ["resume", "resumes", "resumed", "resuming"]),
    }.SelectMany(v => v.Forms.Select(f => (Form: f, Entry: new StancePredicateEntry(v.Phrase, StancePredicateKind.Verb, StanceClass.Supports, v.Forms, ""))))
        .ToFrozenDictionary(x => x.Form, x => x.Entry, StringComparer.OrdinalIgnoreCase);

    /// <summary>The regular inflections of verbs ("continue": continues, continued, continuing), plus the irregular ones in use.</summary>
    private static string[] Inflect(params string[] lemmas)
    {
        var forms = new List<string> { "sought", "began", "begun", "went", "gone", "came", "chose", "chosen", "undertook", "undertaken", "made", "led" };
        foreach (var l in lemmas)
        {
            forms.Add(l);
            forms.Add(l.EndsWith('s') || l.EndsWith("ch", StringComparison.Ordinal) || l.EndsWith("sh", StringComparison.Ordinal) || l == "go" ? l + "es" : l.EndsWith('y') && !"aeiou".Contains(l[^2]) ? l[..^1] + "ies" : l + "s");
            var stem = l.EndsWith('e') ? l[..^1] : l.EndsWith('y') && !"aeiou".Contains(l[^2]) ? l[..^1] + "i" : l is "plan" or "step" ? l + l[^1] : l;
            if (l is not ("seek" or "begin" or "go" or "come" or "choose" or "undertake")) forms.Add(stem + "ed");
            forms.Add((l.EndsWith('e') && l != "see" ? l[..^1] : l is "plan" or "step" ? l + l[^1] : l) + "ing");
        }
        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Builds the lexicon and the clause reader once.</summary>
    public StanceRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _lexicon = new StanceLexicon(gazetteer.StancePredicates);
        var speech = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in gazetteer.SpeechVerbs)
        {
            if (v.Kind != "speech") continue;
            foreach (var f in v.Forms)
            {
                if (!f.Contains(' ')) speech.Add(f);
            }
        }
        _reportVerbs = speech.Concat(AgreementVerbs).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _reader = new ClauseReader(_lexicon.VerbForms.Concat(speech).Concat(Copulas).Concat(LightVerbs).Concat(ReceiveVerbs).Concat(CatenativeVerbs)
            .Concat(SovereigntyVerbs).Concat(AgreementVerbs).Concat(EvaluationVerbs).Concat(RealisingVerbs.Keys));
    }

    /// <summary>Verbs of saying (from the speech lexicon) and of agreeing or insisting, whose that-clause is the subject's view.</summary>
    private readonly FrozenSet<string> _reportVerbs;

    private static readonly string[] AgreementVerbs =
    [
        "agree", "agrees", "agreed", "insist", "insists", "insisted", "believe", "believes", "believed", "stress", "stresses", "stressed",
        "reaffirm", "reaffirms", "reaffirmed", "reiterate", "reiterates", "reiterated", "underline", "underlines", "underlined",
        "emphasise", "emphasised", "emphasize", "emphasized", "affirm", "affirms", "affirmed", "confirm", "confirms", "confirmed",
    ];

    /// <summary>What a country's sovereignty is named by: "its territorial integrity", "Ukraine's sovereignty", "their independence".</summary>
    private static readonly FrozenSet<string> SovereigntyWords = new[] { "sovereignty", "integrity", "independence" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs by which a country's sovereignty is kept or won back.</summary>
    private static readonly FrozenSet<string> SovereigntyVerbs = new[]
    {
        "restore", "restores", "restored", "restoring", "respect", "respects", "respected", "respecting", "preserve", "preserves", "preserved",
        "uphold", "upholds", "upheld", "defend", "defends", "defended", "protect", "protects", "protected", "safeguard", "safeguarded", "regain", "regains", "regained",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The ministers agreed that Georgia must regain its territorial integrity", "China said Nepal's sovereignty
    /// must be respected": who says or agrees that a country's sovereignty, integrity or independence is to be kept or
    /// restored supports that country. Not when the saying or the clause is negated or hedged.
    /// </summary>
    private void ReadSovereignty(SentenceView s)
    {
        foreach (var clause in s.Clauses)
        {
            if (!SovereigntyVerbs.Contains(s.Tokens[clause.Head].Value)) continue;
            if (clause.Negated || clause.Conditional || clause.Question || clause.Modal is { } modal && HedgingModals.Contains(modal)) continue;
            // Whose sovereignty: "its"/"their" after the verb stands for the clause's subject; "X's" names it; in the
            // passive the subject holds it ("Pakistan's sovereignty must be respected").
            var (from, to) = clause.Passive && clause.SubjectRange() is { } r ? (r.Start, r.End) : (clause.VerbEnd, Math.Min(clause.End, clause.VerbEnd + 6));
            Mention? owner = null;
            var end = -1;
            for (var k = from; k < to && k < s.Tokens.Count; k++)
            {
                if (!SovereigntyWords.Contains(s.Tokens[k].Value)) continue;
                end = k + 1;
                for (var j = k - 1; j >= from && owner is null; j--)
                {
                    var word = s.Tokens[j].Value.ToLowerInvariant();
                    if (word is "its" or "their" && !clause.Passive)
                        owner = SubjectActors(s, clause).FirstOrDefault(a => a.Mention.Label == NodeLabel.Country).Mention;
                    else if (s.Classes[j] == WordClass.Possessive && j > 0 && s.Context.MentionEndingAt(s.Tokens[j - 1].End) is { Label: NodeLabel.Country } m)
                        owner = m;
                }
                break;
            }
            if (owner is null || end < 0) continue;
            // The one who says or agrees it (ReportingClause).
            if (ReportingClause(s, clause) is not { } governor) continue;
            var actors = SubjectActors(s, governor);
            var evidenceFrom = governor.FirstToken();
            foreach (var actor in actors)
            {
                Add(s, evidenceFrom, end, s.Tokens[clause.Head].Value + " sovereignty", RelationshipType.Supports, actor, new Target(owner, end, false, null), "stance.sovereignty");
            }
        }
    }

    /// <summary>
    /// The clause of saying or agreeing that reports <paramref name="clause"/>: the nearest before it, with at most
    /// "that", a comma, a colon, an opening quotation mark and adverbs between ('said that ...', 'said, "...'), and
    /// neither negated nor hedged; null if there is none.
    /// </summary>
    private Clause? ReportingClause(SentenceView s, Clause clause)
    {
        var start = clause.FirstToken();
        var governor = s.Clauses.LastOrDefault(c => c != clause && c.VerbEnd <= start && _reportVerbs.Contains(s.Tokens[c.Head].Value));
        if (governor is null || Blocked(s, governor)) return null;
        for (var k = governor.VerbEnd; k < start; k++)
        {
            if (!(s.Classes[k] is WordClass.Adverb or WordClass.Quote || s.Tokens[k].Value is "that" or "," or ":")) return null;
        }
        return governor;
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        AddOwners(context);
        var state = new DocumentState();
        // Evaluation and concluded pacts are about a project or an organisation: only sentences that name one are read for them.
        var namesUndertaking = new bool[context.Sentences.Count];
        foreach (var m in context.Mentions)
        {
            if (m.Label is NodeLabel.Project or NodeLabel.Organization && m.Sentence >= 0 && m.Sentence < namesUndertaking.Length) namesUndertaking[m.Sentence] = true;
        }
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var tokens = context.Tokens[s];
            if (tokens.Count == 0) continue;
            // Most sentences hold no stance predicate at all: one lookup per token says so, and they are not parsed;
            // only the names that open them are remembered, for a later "it" or "they".
            var hasPredicate = false;
            for (var i = 0; i < tokens.Count && !hasPredicate; i++)
                hasPredicate = _lexicon.MayStartAt(tokens, i) || SovereigntyWords.Contains(tokens[i].Value)
                    || namesUndertaking[s] && (MayEvaluate(tokens[i].Value) || MayConclude(tokens[i].Value) || RealisingVerbs.ContainsKey(tokens[i].Value));
            WordClass[] Classify() => _reader.Classify(tokens, i => char.IsUpper(tokens[i].Value[0]) && context.IsCovered(tokens[i].Start, tokens[i].End));
            var classes = hasPredicate ? Classify() : null;
            var clauses = classes is not null ? ClauseReader.Read(tokens, classes, i => context.MentionEndingAt(tokens[i].End) is { } m && m.Label.IsEntity()) : [];
            var sentence = new SentenceView(context, s, tokens, classes is not null ? () => classes : Classify, clauses, state);
            if (hasPredicate)
            {
                foreach (var clause in clauses) ReadClause(sentence, clause);
                ReadNouns(sentence);
                ReadParticiples(sentence);
                ReadActNouns(sentence);
                ReadFrontedBacking(sentence);
                ReadAdverbialSupport(sentence);
                ReadCompounds(sentence);
                ReadSovereignty(sentence);
                ReadEvaluation(sentence);
                ReadConcludedPacts(sentence);
            }
            state.RememberSubjects(sentence);
        }
    }

    /// <summary>
    /// What the recogniser keeps while reading one document: the latest clause whose subject names a country or
    /// an organisation, for "it" and "they" in later sentences. Its actors are read only when a pronoun needs them.
    /// </summary>
    private sealed class DocumentState
    {
        private (SentenceView Sentence, Clause Clause)? _last;

        public IReadOnlyList<Actor> LastCountryOrOrganization =>
            _last is { } l ? ActorsIn(l.Sentence, l.Clause.SubjectStart, l.Clause.SubjectEnd, resolvePronouns: false).Where(a => a.Mention.Label is NodeLabel.Country or NodeLabel.Organization && a.Person is null).ToList() : [];

        public void RememberSubjects(SentenceView sentence)
        {
            for (var c = sentence.Clauses.Count - 1; c >= 0; c--)
            {
                var clause = sentence.Clauses[c];
                if (clause.SubjectStart < 0) continue;
                for (var k = clause.SubjectStart; k < clause.SubjectEnd; k++)
                {
                    foreach (var m in sentence.Context.MentionsStartingAt(sentence.Tokens[k].Start))
                    {
                        if (m.Label is NodeLabel.Country or NodeLabel.Organization && m.Kind != MentionKind.Demonym)
                        {
                            _last = (sentence, clause);
                            return;
                        }
                    }
                }
            }
            // "Estonia and Latvia met in Riga.": a verb no lexicon knows still has the names that open the sentence as subject;
            // so do the names after an agent noun that opens it ("The foreign ministers of Norway, Sweden and Finland met").
            var end = 0;
            if (sentence.Tokens.Count > 3 && sentence.Tokens[0].Value == "The")
            {
                var of = 1;
                while (of < 5 && of + 1 < sentence.Tokens.Count && !(AgentHeads.Contains(sentence.Tokens[of].Value) && sentence.Tokens[of + 1].Value == "of")) of++;
                if (of < 5 && of + 1 < sentence.Tokens.Count && sentence.Tokens[of + 1].Value == "of") end = of + 2;
            }
            while (end < sentence.Tokens.Count && (char.IsUpper(sentence.Tokens[end].Value[0]) && char.IsLetter(sentence.Tokens[end].Value[0])
                || sentence.Tokens[end].Value is "and" or "," or "the" or "-" or "." or "'s" or "\u2019s")) end++;
            for (var k = 0; k < end; k++)
            {
                if (sentence.Context.MentionsStartingAt(sentence.Tokens[k].Start).Any(m => m.Label is NodeLabel.Country or NodeLabel.Organization && m.Kind != MentionKind.Demonym))
                {
                    _last = (sentence, new Clause { VerbStart = end, VerbEnd = end, Head = end, End = end, SubjectStart = 0, SubjectEnd = end });
                    return;
                }
            }
        }
    }

    /// <summary>One sentence as the rules see it.</summary>
    private sealed class SentenceView(ExtractionContext context, int index, List<Token> tokens, Func<WordClass[]> classify, List<Clause> clauses, DocumentState state)
    {
        private WordClass[]? _classes;

        public ExtractionContext Context { get; } = context;
        public int Index { get; } = index;
        public List<Token> Tokens { get; } = tokens;

        /// <summary>Word classes, read when a rule first needs them: most sentences never do.</summary>
        public WordClass[] Classes => _classes ??= classify();
        public List<Clause> Clauses { get; } = clauses;
        public DocumentState State { get; } = state;

        /// <summary>Clauses whose stance was read, so the infinitive a governing predicate already read through is not read again.</summary>
        public HashSet<Clause> Read { get; } = [];
    }

    private void ReadClause(SentenceView s, Clause clause)
    {
        // "pledged to support X" is read once, from "pledged": its infinitive is part of that reading.
        if (clause.Governor is { } governor && s.Read.Contains(governor)) return;
        var head = s.Tokens[clause.Head].Value;
        // A verb predicate: the head is the lexicon's verb.
        foreach (var entry in _lexicon.Verbs(head))
        {
            if (clause.Passive) break;
            var after = MatchFrame(s, clause.VerbEnd, entry.FrameWords, clause.End);
            if (after < 0)
            {
                // "offered Chad military aid", "provided Peru with credits": the recipient of a "give aid to" frame before the aid.
                if (entry.Class is StanceClass.Supports or StanceClass.CommittedTo && !clause.ObjectControlled && RecipientBeforeAid(s, clause, entry) is { } recipient && !Blocked(s, clause))
                {
                    Emit(s, clause, entry, [recipient]);
                    return;
                }
                continue;
            }
            if (entry.Class is StanceClass.Opposes or StanceClass.Negates) return;
            if (clause.ObjectControlled)
            {
                ReadAdvocacy(s, clause, entry, after);
                return;
            }
            if (Blocked(s, clause)) return;
            if (BareInfinitiveVerbs.Contains(head) && after < s.Tokens.Count && s.Classes[after] is WordClass.Verb or WordClass.Word && LooksLikeVerb(s, after)
                && after + 1 < s.Tokens.Count && s.Classes[after + 1] is not (WordClass.Preposition or WordClass.Of or WordClass.To))
            {
                // "helped defeat the bill": what is helped along is the inner verb's act; only a stance verb makes a stance.
                // "helped build the railway": a verb that brings an undertaking about is help for it too.
                if (InfinitiveTargets(s, after, Math.Min(s.Tokens.Count, after + 20), depth: 3) is { } inner
                    && (inner.Any(t => t.Override is not null) || RealisingVerbs.ContainsKey(s.Tokens[after].Value))) Emit(s, clause, entry, inner);
                return;
            }
            // "agreed on Tuesday to open X": a frame that matches but names no target gives way to the next frame.
            // "the pipeline, which Ghana and Togo agreed to in 2019,": a frame's preposition left without its object.
            var stranded = entry.FrameWords.Length > 0 && IsPreposition(entry.FrameWords[^1]);
            if ((ComplementTargets(s, clause, entry, after) ?? (entry.Class == StanceClass.CommittedTo ? FramingUndertaking(s, clause) : null)
                ?? (entry.FrameWords.Length == 0 ? RelativeObject(s, clause, clause.VerbEnd) : stranded ? RelativeObject(s, clause, after) : null)
                ?? CeasefireInDocumentConflict(s, after, clause.End)) is { } found)
            {
                Emit(s, clause, entry, found);
                return;
            }
        }
        if (clause.ObjectControlled && !clause.Passive && RealisingVerbs.TryGetValue(head, out var realising)
            && MatchFrame(s, clause.VerbEnd, realising.FrameWords, clause.End) is var realised and >= 0)
        {
            ReadAdvocacy(s, clause, realising, realised);
            return;
        }
        // A predicative adjective after a copula: "is committed to", "remain ready to", "are in favour of";
        // a participle read as a passive may be one ("is committed to").
        if (Copulas.Contains(head) || s.Classes[clause.Head] == WordClass.Auxiliary || clause.Passive)
        {
            var k = clause.Passive ? clause.Head : clause.VerbEnd;
            while (k < clause.End && s.Classes[k] is WordClass.Adverb or WordClass.Negation or WordClass.InlineQuote) k++;
            var negated = false;
            for (var j = clause.VerbEnd; j < k; j++) negated |= s.Classes[j] == WordClass.Negation;
            if (k >= s.Tokens.Count) return;
            foreach (var entry in _lexicon.Adjectives(s.Tokens[k].Value))
            {
                var after = MatchFrame(s, k + 1, entry.FrameWords, s.Tokens.Count, strict: true);
                if (after < 0) continue;
                if (entry.Class is StanceClass.Opposes or StanceClass.Negates || negated || Blocked(s, clause)) return;
                if (ComplementTargets(s, clause, entry, after) is { } found) Emit(s, clause, entry, found);
                return;
            }
        }
    }

    /// <summary>
    /// Whether the verb itself denies or opposes what follows ("refused to", "withdrew", "rejected"), as opposed to a
    /// phrase whose own noun opposes ("voiced opposition to"): "voiced backing for" is still backing.
    /// </summary>
    private bool TakesBack(string verb)
    {
        foreach (var e in _lexicon.Verbs(verb))
        {
            if (e.Class is StanceClass.Negates or StanceClass.Opposes && (e.FrameWords.Length == 0 || WordClasses.IsFunctionWord(e.FrameWords[0]))) return true;
        }
        return false;
    }

    /// <summary>Verbs by which one asks another to act: the one who asks advocates the act ("urged Peru to sign X").</summary>
    private static readonly FrozenSet<string> AdvocacyVerbs = new[]
    {
        "urge", "urges", "urged", "urging", "call", "calls", "called", "calling", "press", "presses", "pressed", "pressing", "encourage",
        "encourages", "encouraged", "encouraging", "appeal", "appeals", "appealed", "appealing", "ask", "asks", "asked", "asking", "request",
        "requests", "requested", "push", "pushed", "pushes", "pressure", "pressured", "invite", "invites", "invited", "inviting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Chile urged Peru to sign X", "Kenya called on its neighbours to back X": the one urged states nothing, but the
    /// one who urges advocates what the act is for, which ANNOTATION's SUPPORTS counts. Only when the urged act is a
    /// stance predicate with a target, and neither the asking nor the act is negated or hedged ("urged Peru not to sign").
    /// </summary>
    private void ReadAdvocacy(SentenceView s, Clause clause, StancePredicateEntry entry, int after)
    {
        if (clause.Governor is not { } governor || !AdvocacyVerbs.Contains(s.Tokens[governor.Head].Value)) return;
        if (clause.Negated || clause.Modal is { } modal && HedgingModals.Contains(modal) || Blocked(s, governor)) return;
        // "urged Peru not to sign": the negation stands before the infinitive's "to".
        for (var k = governor.VerbEnd; k < clause.VerbStart; k++) if (s.Classes[k] == WordClass.Negation) return;
        if (ComplementTargets(s, clause, entry, after) is not { } targets) return;
        var actors = SubjectActors(s, governor);
        if (actors.Count == 0) return;
        s.Read.Add(clause);
        var from = governor.FirstToken();
        foreach (var target in targets)
        {
            // The urged act's target only: a commitment by the one urged is no commitment of the one who urges.
            foreach (var actor in actors) Add(s, from, Math.Max(target.EndToken, clause.VerbEnd), entry.Phrase, RelationshipType.Supports, actor, target, "stance.advocacy");
        }
    }

    /// <summary>Verbs by which one says that what follows is not so.</summary>
    private static readonly FrozenSet<string> DenialVerbs = new[]
    {
        "deny", "denies", "denied", "denying", "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted",
        "reject", "rejects", "rejected", "rejecting", "contradict", "contradicts", "contradicted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of what is said, which a denial may name before its that-clause ("denied reports that").</summary>
    private static readonly FrozenSet<string> ReportNouns = new[]
    {
        "report", "reports", "claim", "claims", "suggestion", "suggestions", "speculation", "rumour", "rumours", "rumor", "rumors",
        "allegation", "allegations", "charge", "charges", "assertion", "assertions", "talk",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Kuwait denied reports that it had agreed to fund X", "Peru dismissed claims that it backs X": a clause that a denial
    /// introduces says what is not so.
    /// </summary>
    private static bool DeniedThat(SentenceView s, Clause clause)
    {
        var k = clause.FirstToken() - 1;
        if (k < 1 || !s.Tokens[k].Value.Equals("that", StringComparison.OrdinalIgnoreCase)) return false;
        var j = k - 1;
        if (ReportNouns.Contains(s.Tokens[j].Value))
        {
            j--;
            // "denied press reports that", "dismissed the reports that".
            while (j >= 0 && j >= k - 4 && (s.Classes[j] == WordClass.Determiner || s.Classes[j] == WordClass.Word && char.IsLower(s.Tokens[j].Value[0]) && !DenialVerbs.Contains(s.Tokens[j].Value))) j--;
        }
        return j >= 0 && DenialVerbs.Contains(s.Tokens[j].Value);
    }

    /// <summary>Whether the clause states no stance: negated, hedged, conditional, a question, or governed by a negating or urging verb.</summary>
    private bool Blocked(SentenceView s, Clause clause)
    {
        if (DeniedThat(s, clause)) return true;
        for (var c = clause; c is not null; c = c.Governor)
        {
            if (c.Negated || c.Conditional || c.Question || NegativeSubject(s, c)) return true;
            if (c.Modal is { } modal && HedgingModals.Contains(modal)) return true;
            if (c.ObjectControlled) return true;
            if (!ReferenceEquals(c, clause) && TakesBack(s.Tokens[c.Head].Value)) return true;
            // "was used to aid X": an infinitive of purpose after a passive says nothing of the subject's own stance.
            if (!ReferenceEquals(c, clause) && c.Passive) return true;
        }
        return false;
    }

    /// <summary>"Neither X nor Y agreed", "No country backed": a subject that denies.</summary>
    private static bool NegativeSubject(SentenceView s, Clause clause) =>
        clause.SubjectRange() is { } r && r.Start < s.Tokens.Count && s.Tokens[r.Start].Value.ToLowerInvariant() is "neither" or "no" or "none" or "nobody";

    /// <summary>
    /// Matches the fixed words of a frame from <paramref name="from"/>, letting determiners, possessives,
    /// adverbs and adjectives stand before a noun of the frame ("its firm commitment to") and a time phrase
    /// before its preposition ("agreed on Tuesday to"). Returns the token after the frame, or -1.
    /// </summary>
    private static int MatchFrame(SentenceView s, int from, string[] frame, int limit, bool strict = false)
    {
        var k = from;
        foreach (var word in frame)
        {
            var skipped = 0;
            // "provide 20 mln dlrs in credits to": any noun of aid stands for a frame's "aid"; so does a currency ("provide 75
            // mln dlrs for X"), and then "for" stands for the frame's "to".
            var aid = StanceLexicon.AidNouns.Contains(word) && word != "support";
            var afterAid = word == "to" && frame.Length >= 2 && Array.IndexOf(frame, word) > 0 && StanceLexicon.AidNouns.Contains(frame[Array.IndexOf(frame, word) - 1]);
            while (k < limit && k < s.Tokens.Count && !s.Tokens[k].Value.Equals(word, StringComparison.OrdinalIgnoreCase)
                && !(aid && (StanceLexicon.AidNouns.Contains(s.Tokens[k].Value) && s.Tokens[k].Value.ToLowerInvariant() is not ("support" or "backing")
                    || ProjectWords.Currencies.Contains(s.Tokens[k].Value) && k > from && ProjectWords.IsAmountWord(s.Tokens[k - 1].Value)
                        && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Value is "to" or "for"))
                && !(afterAid && s.Tokens[k].Value == "for"))
            {
                // The amount the aid comes in: "20 mln dlrs in credits".
                if (aid && !strict && (ProjectWords.IsAmountWord(s.Tokens[k].Value) || s.Tokens[k].Value == "in" && k > from && ProjectWords.IsAmountWord(s.Tokens[k - 1].Value)))
                {
                    k++;
                    continue;
                }
                // 'was "very supportive" of': the mark closing a phrase quoted inside the clause.
                if (s.Classes[k] == WordClass.InlineQuote)
                {
                    k++;
                    continue;
                }
                // "support in principle for", "backing in part for": an adverbial phrase of two words, even in a strict frame.
                if (s.Tokens[k].Value == "in" && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Value is "principle" or "part" or "general" or "full" && skipped++ < 4)
                {
                    k += 2;
                    continue;
                }
                // "agreed with Uganda to build X": the partner, after "with", between the verb and its "to".
                if (!strict && word == "to" && s.Tokens[k].Value == "with" && k + 1 < s.Tokens.Count
                    && s.Context.MentionsStartingAt(s.Tokens[k + 1].Start).Where(m => m.Label is NodeLabel.Country or NodeLabel.Organization).MaxBy(m => m.End) is { } partner)
                {
                    var p = k + 1;
                    while (p < s.Tokens.Count && s.Tokens[p].End <= partner.End) p++;
                    if (p < s.Tokens.Count && s.Tokens[p].Value == "to")
                    {
                        k = p;
                        continue;
                    }
                }
                // "contributed 300 mln dlrs over five years to": an amount, and the span it is spread over, before the preposition.
                if (!strict && IsPreposition(word) && k > from && ProjectWords.IsAmountWord(s.Tokens[k - 1].Value) && s.Tokens[k].Value is "over" or "within"
                    && SpanEnd(s, k + 1) is var spanEnd and > 0)
                {
                    k = spanEnd;
                    continue;
                }
                if (strict || (ProjectWords.IsAmountWord(s.Tokens[k].Value) ? skipped : ++skipped) > 4) return -1;
                var c = s.Classes[k];
                var isFiller = c is WordClass.Determiner or WordClass.Adverb or WordClass.Time
                    || c == WordClass.Punctuation && s.Tokens[k].Value == "-"
                    // "contributed 20 mln dlrs to": an amount between the verb and its preposition.
                    || ProjectWords.IsAmountWord(s.Tokens[k].Value) && IsPreposition(word)
                    // "committed themselves to", "pledged itself to": a reflexive object before the preposition.
                    || Reflexives.Contains(s.Tokens[k].Value) && IsPreposition(word)
                    || c is WordClass.Word or WordClass.Verb && char.IsLower(s.Tokens[k].Value[0]) && !IsPreposition(word)
                    || c == WordClass.Preposition && s.Tokens[k].Value is "on" or "in" && k + 1 < s.Tokens.Count && s.Classes[k + 1] is WordClass.Time or WordClass.Determiner && IsPreposition(word);
                if (!isFiller) return -1;
                k++;
            }
            if (k >= limit || k >= s.Tokens.Count) return -1;
            k++;
        }
        return k;
    }

    /// <summary>The token after a span of time that starts at <paramref name="k"/> ("five years", "the next decade"), or -1.</summary>
    private static int SpanEnd(SentenceView s, int k)
    {
        for (var n = 0; k < s.Tokens.Count && n < 4; k++, n++)
        {
            var value = s.Tokens[k].Value;
            if (value is "years" or "year" or "months" or "decade" or "decades" or "period") return k + 1;
            if (!(value is "the" or "next" or "coming" or "a" || NumberWords.Contains(value) || ProjectWords.IsAmountWord(value))) return -1;
        }
        return -1;
    }

    private static readonly FrozenSet<string> NumberWords = new[] { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of an agreement between parties, which "with" a partner may follow.</summary>
    private static readonly FrozenSet<string> AgreementNouns = new[]
    {
        "agreement", "agreements", "accord", "accords", "deal", "deals", "pact", "treaty", "memorandum", "contract", "contracts", "protocol",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Reflexives = new[] { "itself", "themselves", "himself", "herself", "ourselves", "myself" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsPreposition(string word) => word is "to" or "for" or "of" or "on" or "with" or "in" or "behind" or "towards" or "toward";

    /// <summary>A target and the token after its name.</summary>
    /// <param name="Mention">The target's mention.</param>
    /// <param name="EndToken">The token after its name.</param>
    /// <param name="EndAim">The stance aims at ending it (a conflict).</param>
    /// <param name="Override">The relation an inner predicate gives ("pledged to support X"), when it decides.</param>
    /// <param name="Inner">The class of the inner stance verb it was reached through ("agreed to fund X": support; "ready to sign X": commitment).</param>
    /// <param name="Described">
    /// Set when the target is an undertaking described in the object phrase, added to the document only when a relation is made
    /// to it: its name without the complement that ends it, or the name itself.
    /// </param>
    /// <param name="Material">Reached through a verb of material aid ("help fund X"), which a promise makes a pledge.</param>
    private readonly record struct Target(Mention Mention, int EndToken, bool EndAim, StanceClass? Override, StanceClass? Inner = null, string? Described = null, bool Material = false);

    /// <summary>The targets after a predicate's frame: its object, or the object of the infinitive it leads into.</summary>
    private List<Target>? ComplementTargets(SentenceView s, Clause clause, StancePredicateEntry entry, int after)
    {
        var limit = Math.Max(clause.End, after);
        var verb = after;
        while (verb < s.Tokens.Count && s.Classes[verb] == WordClass.Adverb) verb++;
        if (entry.TakesInfinitive && verb < s.Tokens.Count && LooksLikeVerb(s, verb))
        {
            return InfinitiveTargets(s, verb, Math.Min(s.Tokens.Count, verb + 30), depth: 0);
        }
        var targets = StanceObjectTargets(s, after, limit == after ? s.Tokens.Count : Math.Min(limit, LimitFor(s, after)), endAim: false);
        // "agreed the initiative would help", "accepted the deal was dead": a phrase that a verb group follows is the subject
        // of a clause the verb takes, not its object.
        if (entry.FrameWords.Length == 0) targets.RemoveAll(t => StartsVerbGroup(s, t.EndToken));
        return targets.Count > 0 ? targets : null;
    }

    /// <summary>
    /// Whether a finite verb group starts at token <paramref name="k"/>, past adverbs: not an infinitive ("Kenya's ambition to
    /// become", "help Kenya expand its ports"), nor a participle with its agent ("the consensus agreed by the leaders").
    /// </summary>
    private static bool StartsVerbGroup(SentenceView s, int k)
    {
        while (k < s.Tokens.Count && s.Classes[k] == WordClass.Adverb) k++;
        if (k >= s.Tokens.Count) return false;
        if (s.Classes[k] is WordClass.Modal or WordClass.Auxiliary) return true;
        return s.Clauses.Any(c => c.VerbStart == k && !c.Infinitive && !c.BareInfinitive && !(c.VerbEnd < s.Tokens.Count && s.Tokens[c.VerbEnd].Value == "by"));
    }

    /// <summary>
    /// "Under the accord, Japan agreed to cut its exports": a sentence that opens with "under" and a named
    /// undertaking frames what its commitments are commitments to, when they name no target of their own.
    /// </summary>
    private static List<Target>? FramingUndertaking(SentenceView s, Clause clause)
    {
        if (s.Tokens.Count < 3 || !s.Tokens[0].Value.Equals("Under", StringComparison.Ordinal)) return null;
        for (var k = 1; k < clause.VerbStart && k < 10; k++)
        {
            if (s.Classes[k] == WordClass.Comma) return null;
            var m = s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(x => x.Label == NodeLabel.Project);
            if (m is null) continue;
            var after = k;
            while (after < s.Tokens.Count && s.Tokens[after].End <= m.End) after++;
            // "Under the deal signed last year, ...": a participle phrase may close the framing phrase.
            var comma = after;
            if (comma < s.Tokens.Count && s.Tokens[comma].IsWord && s.Tokens[comma].Value.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(s.Tokens[comma].Value[0]))
            {
                // "May" is a month here, not a modal.
                while (comma < s.Tokens.Count && comma < after + 6 && (s.Classes[comma] is not (WordClass.Comma or WordClass.Boundary or WordClass.Verb or WordClass.Auxiliary or WordClass.Modal)
                    || s.Tokens[comma].Value == "May") || comma == after && comma < s.Tokens.Count) comma++;
            }
            return comma < s.Tokens.Count && s.Classes[comma] == WordClass.Comma ? [new Target(m, after, false, null)] : null;
        }
        return null;
    }

    /// <summary>Where an object starting at <paramref name="from"/> may run to: the next boundary, subordinator or verb group.</summary>
    private static int LimitFor(SentenceView s, int from)
    {
        var k = from;
        while (k < s.Tokens.Count && s.Classes[k] is not (WordClass.Boundary or WordClass.Quote or WordClass.Subordinator or WordClass.Relative or WordClass.Contrast or WordClass.Modal)) k++;
        return k;
    }

    /// <summary>Whether the token after "to" begins a verb phrase rather than a noun phrase.</summary>
    private static bool LooksLikeVerb(SentenceView s, int k)
    {
        var c = s.Classes[k];
        if (c == WordClass.Verb) return true;
        if (c != WordClass.Word) return false;
        var value = s.Tokens[k].Value;
        if (!char.IsLower(value[0])) return false;
        if (s.Context.MentionStartingAt(s.Tokens[k].Start) is not null) return false;
        // Nominal suffixes mark a noun: "committed to cooperation", "ready for reconciliation".
        return !(value.EndsWith("tion", StringComparison.Ordinal) || value.EndsWith("ment", StringComparison.Ordinal) || value.EndsWith("ity", StringComparison.Ordinal)
            || value.EndsWith("ness", StringComparison.Ordinal) || value.EndsWith("ance", StringComparison.Ordinal) || value.EndsWith("ence", StringComparison.Ordinal)
            || value.EndsWith("ship", StringComparison.Ordinal) || value.EndsWith("ism", StringComparison.Ordinal)
            || value is "peace" or "talks" or "war" or "dialogue" or "trade" or "security" or "stability" or "democracy" or "progress" or "reform" or "reforms");
    }

    /// <summary>"to implement X", "to work together to complete X", "to end the war": the object of the infinitive's verb.</summary>
    private List<Target>? InfinitiveTargets(SentenceView s, int verb, int limit, int depth)
    {
        var value = s.Tokens[verb].Value;
        var endAim = EndWords.Contains(value);
        // The embedded verb may be a stance verb of its own: "pledged to support X" supports X; "vowed to oppose X" states no stance.
        foreach (var inner in _lexicon.Verbs(value))
        {
            var afterInner = MatchFrame(s, verb + 1, inner.FrameWords, limit);
            if (afterInner < 0) continue;
            if (inner.Class is StanceClass.Opposes or StanceClass.Negates) return null;
            // "ready to help finance X", "will help fund X": help before a bare verb helps do what that verb does.
            var bare = inner.FrameWords.Length == 0 && BareInfinitiveVerbs.Contains(value) && afterInner < s.Tokens.Count && IsBareVerbForm(s.Tokens[afterInner].Value)
                && LooksLikeVerb(s, afterInner) && afterInner + 1 < s.Tokens.Count
                && (s.Classes[afterInner + 1] is not (WordClass.Preposition or WordClass.Of or WordClass.To) || s.Tokens[afterInner + 1].Value is "about" or "out" or "through" or "up");
            var targets = (inner.TakesInfinitive || bare) && afterInner < s.Tokens.Count && LooksLikeVerb(s, afterInner) && depth < 4
                ? InfinitiveTargets(s, afterInner, limit, depth + 1)
                : StanceObjectTargets(s, afterInner, LimitFor(s, afterInner), endAim);
            if (targets is { Count: > 0 })
            {
                return targets.Select(t => t with
                {
                    Override = inner.Class == StanceClass.Supports ? StanceClass.Supports : t.Override,
                    Inner = t.Inner ?? inner.Class,
                    Material = t.Material || IsMaterialAid(inner),
                }).ToList();
            }
            break;
        }
        // "agreed to invite Bulgaria and Georgia to join the network": whom one asks or invites is no target of one's own.
        if (AdvocacyVerbs.Contains(value)) return null;
        // "vowed to keep working for X", "pledged to continue funding X": the gerund after a verb of going on is the act.
        if (value is "keep" or "continue" or "go" && verb + 1 < s.Tokens.Count && depth < 4)
        {
            var g = verb + 1;
            if (value == "go" && g < s.Tokens.Count && s.Tokens[g].Value == "on") g++;
            if (g < s.Tokens.Count && s.Tokens[g].IsWord && char.IsLower(s.Tokens[g].Value[0]) && s.Tokens[g].Value.EndsWith("ing", StringComparison.Ordinal)
                && InfinitiveTargets(s, g, limit, depth + 1) is { Count: > 0 } going) return going;
        }
        // "bring about an end to X", "carry out the plan", "push through the reform": a particle before the object.
        var objectStart = verb + 1;
        if (objectStart + 1 < s.Tokens.Count && s.Tokens[objectStart].Value is "about" or "out" or "through" or "forward" or "up"
            && s.Classes[objectStart + 1] is WordClass.Determiner or WordClass.Word) objectStart++;
        var objects = ObjectTargets(s, objectStart, LimitFor(s, objectStart), endAim);
        if (objects.Count > 0) return objects;
        // "pledged to work for an early end to the war", "vowed to strive towards peace in X": an intransitive verb's aim
        // after "for" or "towards"; only the end of a conflict, since one also works for an employer.
        if (verb + 2 < s.Tokens.Count && s.Tokens[verb + 1].Value is "for" or "towards" or "toward"
            && ObjectTargets(s, verb + 2, LimitFor(s, verb + 2), endAim).Where(t => t.EndAim).ToList() is { Count: > 0 } aims) return aims;
        // "pledged to reserve gas for the pipeline", "committed to guaranteeing deliveries through the corridor": what is
        // done is for an undertaking named in a prepositional phrase of the same clause.
        if (UndertakingInComplement(s, verb + 1, LimitFor(s, verb + 1)) is { } undertaking) return [undertaking];
        // "agreed to work together to complete X": a further infinitive after an intransitive verb.
        if (depth < 4)
        {
            for (var k = verb + 1; k < limit && k < verb + 7; k++)
            {
                if (s.Classes[k] == WordClass.To && k + 1 < s.Tokens.Count && LooksLikeVerb(s, k + 1)) return InfinitiveTargets(s, k + 1, limit, depth + 1);
                // "offered to act as a mediator to help end X": a role taken on with "as" before the purpose.
                if (s.Classes[k] is not (WordClass.Adverb or WordClass.Word or WordClass.Preposition or WordClass.Time or WordClass.Determiner) && s.Tokens[k].Value != "as") break;
            }
        }
        return null;
    }

    /// <summary>
    /// The targets of a stance predicate's own object phrase: the entities it names (<see cref="ObjectTargets"/>), or
    /// else the undertaking it describes (<see cref="DescribedUndertaking"/>). Only a stance predicate's object is
    /// read so: what one agrees "to cut" or "to end" is no undertaking one backs.
    /// </summary>
    private List<Target> StanceObjectTargets(SentenceView s, int from, int limit, bool endAim)
    {
        if (UndertakingCalledIt(s, from) is { } it) return [it];
        var targets = ObjectTargets(s, from, limit, endAim);
        // "welcomed the Tokyo economic package": an undertaking described, not named, where nothing else is the object.
        // Ending one ("vowed to end the grain embargo") backs no undertaking.
        if (targets.Count == 0 && !endAim && DescribedUndertaking.Read(s.Context, s.Index, s.Tokens, s.Classes, from, limit) is { } described)
            targets.Add(new Target(described.Mention, described.End, false, null, Described: described.Core ?? described.Mention.Surface));
        return targets;
    }

    /// <summary>
    /// "The Nile Accord was signed on Tuesday. Britain welcomed it.": an object "it" ending its phrase stands for the one
    /// undertaking named before it in its sentence or, when none is, in the sentence before; never when two are. "Its"
    /// before a noun of what is done to an undertaking ("pressed for its swift adoption") stands for the one this sentence names.
    /// </summary>
    private static Target? UndertakingCalledIt(SentenceView s, int from)
    {
        if (from >= s.Tokens.Count) return null;
        var word = s.Tokens[from].Value;
        if (word == "its" || word == "their")
        {
            // "pressed for its swift adoption", "welcomed their early completion": the act's undertaking is the one this
            // sentence has named; only with a noun of what is done to an undertaking.
            var k = from + 1;
            while (k < s.Tokens.Count && k < from + 3 && s.Classes[k] == WordClass.Word && !ActsOnUndertakings.Contains(s.Tokens[k].Value)) k++;
            if (k >= s.Tokens.Count || !ActsOnUndertakings.Contains(s.Tokens[k].Value) || k + 1 < s.Tokens.Count && s.Tokens[k + 1].Value == "of") return null;
            return SoleUndertaking(s, from, previous: false) is { } owner ? PronounTarget(s, owner, from, k + 1) : null;
        }
        if (!word.Equals("it", StringComparison.Ordinal)) return null;
        // "welcomed it as a milestone", "backed it on Monday", "signed it.": not "said it would", "made it clear".
        if (from + 1 < s.Tokens.Count && s.Classes[from + 1] is not (WordClass.Boundary or WordClass.Comma or WordClass.Preposition or WordClass.Time or WordClass.Coordinator or WordClass.Contrast or WordClass.Adverb or WordClass.Subordinator)
            && s.Tokens[from + 1].Value is not ("as" or "." or ";" or ":" or "!" or "regardless" or "anyway" or "nonetheless" or "nevertheless" or "too" or "again" or "alone" or "fully")
            && !s.Tokens[from + 1].Value.EndsWith("ly", StringComparison.Ordinal)) return null;
        return SoleUndertaking(s, from, previous: true) is { } named ? PronounTarget(s, named, from, from + 1) : null;
    }

    /// <summary>The undertaking a pronoun stands for, as a target whose mention spans the pronoun's words (tokens <paramref name="from"/> to <paramref name="end"/>).</summary>
    private static Target PronounTarget(SentenceView s, Mention undertaking, int from, int end) =>
        new(undertaking with { Start = s.Tokens[from].Start, End = s.Tokens[end - 1].End, Sentence = s.Index, Surface = s.Context.Text[s.Tokens[from].Start..s.Tokens[end - 1].End], Kind = MentionKind.Pronoun },
            end, false, null);

    /// <summary>Nouns of what is done to an undertaking, which "its" before them may tie to the one just named.</summary>
    private static readonly FrozenSet<string> ActsOnUndertakings = new[]
    {
        "adoption", "implementation", "ratification", "completion", "construction", "extension", "signing", "launch", "approval", "renewal",
        "conclusion", "success", "expansion", "revival", "resumption", "development", "entry", "operation", "security",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The one undertaking named earlier in this sentence before token <paramref name="from"/> or, when
    /// <paramref name="previous"/> and nothing before it here could be meant, the one the sentence before names; null when two are.
    /// </summary>
    private static Mention? SoleUndertaking(SentenceView s, int from, bool previous)
    {
        Mention? named = null;
        var here = false;
        foreach (var m in s.Context.Mentions)
        {
            if (m.Label != NodeLabel.Project || m.Sentence != s.Index || m.Start >= s.Tokens[from].Start) continue;
            if (named is not null && named.Key != m.Key) return null;
            named ??= m;
            here = true;
        }
        if (here || !previous) return named;
        // The sentence before only when nothing before "it" in this one could be what it stands for: no article or possessive
        // after the sentence's first word ("Russia condemned the Air Shield, while Estonia welcomed it" speaks of the shield).
        for (var k = 1; k < from; k++)
        {
            if (s.Tokens[k].Value.ToLowerInvariant() is "the" or "a" or "an" or "this" or "that" or "its" or "their") return null;
        }
        foreach (var m in s.Context.Mentions)
        {
            if (m.Label != NodeLabel.Project || m.Sentence != s.Index - 1) continue;
            if (named is not null && named.Key != m.Key) return null;
            named ??= m;
        }
        return named;
    }

    /// <summary>
    /// The entities an object phrase names: the first entity of the phrase through "of" chains after process
    /// nouns ("the extension of X"), the possessor of nouns like sovereignty or bid ("X's sovereignty"), and
    /// every entity coordinated with it ("support for X and Y"). A country that modifies a following name
    /// ("a U.S. Supreme Court ruling") is not the target; a conflict is one only when the phrase aims at ending it.
    /// </summary>
    private List<Target> ObjectTargets(SentenceView s, int from, int limit, bool endAim)
    {
        // "spare no effort to ensure its safe operation": "its" before what is done to the undertaking the sentence names.
        if (from < s.Tokens.Count && s.Tokens[from].Value is "its" or "their" && UndertakingCalledIt(s, from) is { } owned) return [owned];
        var targets = new List<Target>();
        var k = from;
        var lastNoun = "";
        var span = 0;
        while (k < limit && k < s.Tokens.Count && span++ < 16)
        {
            var c = s.Classes[k];
            var token = s.Tokens[k];
            var starting = s.Context.MentionsStartingAt(token.Start);
            // "both sides", "the two countries" stand for the parties themselves, never for what they back.
            var mention = starting.Count > 1 && starting.Select(m => m.End).Distinct().Count() == 1 && starting.All(m => m.Label == NodeLabel.Country)
                ? null
                : starting.Where(m => m.Label.IsEntity()).MaxBy(m => m.End);
            if (OppositionWords.Contains(token.Value)) return [];
            // "the Peruvian role", "the Kenyan decision": a nationality before a noun of the country's own act stands for the country.
            var ownAct = mention is { Kind: MentionKind.Demonym, Label: NodeLabel.Country } && NextWordAfter(s, mention) is { } own && PossessorHeads.Contains(own);
            // What one supports or commits to is a country, an organisation, an undertaking or the end of a conflict, never a person.
            if (mention is not null && (mention.Kind != MentionKind.Demonym || ownAct) && mention.Label != NodeLabel.Person)
            {
                var after = k;
                while (after < s.Tokens.Count && s.Tokens[after].End <= mention.End) after++;
                // "the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline": countries hyphened into a route name what
                // follows them, and are no target of their own.
                if (mention.Label == NodeLabel.Country && after + 1 < s.Tokens.Count && s.Tokens[after].Value == "-" && s.Tokens[after].Start == s.Tokens[after - 1].End
                    && s.Context.MentionsStartingAt(s.Tokens[after + 1].Start).Any(m => m.Label == NodeLabel.Country))
                {
                    if (ModifiedNameAfter(s, after) is { } named)
                    {
                        k = named;
                        continue;
                    }
                    break;
                }
                // "anti-Baghdad rebels": against, not for.
                if (k >= 2 && s.Tokens[k - 1].Value == "-" && s.Tokens[k - 2].Value.Equals("anti", StringComparison.OrdinalIgnoreCase)) return [];
                // "to meet U.S." at the very end of a sentence is most often a split before "U.S. Demands": the abbreviation's
                // full stop was read as the sentence's, so the noun it modified is lost; do not take the modifier for the target.
                if (mention.Surface.EndsWith('.') && (after == s.Tokens.Count && s.Tokens[^1].Value.Length > 1 && s.Tokens[^1].Value.EndsWith('.')
                    || after == s.Tokens.Count - 1 && s.Tokens[after].Value == "." && s.Tokens[after].Start == s.Tokens[after - 1].End
                    // Old newswire capitalises the noun after an abbreviation: "to meet U.S. Complaints".
                    || after < s.Tokens.Count && s.Classes[after] == WordClass.Word && char.IsUpper(s.Tokens[after].Value[0]) && s.Context.MentionStartingAt(s.Tokens[after].Start) is null)) return targets;
                // "to meet U.S. demands", "the Japanese market": a name followed by a common noun modifies it.
                // "to help Peru rebuild": after "help" the object is followed by the bare verb of what it is helped to do.
                if (mention.Label == NodeLabel.Country && after < s.Tokens.Count && s.Classes[after] == WordClass.Word
                    && char.IsLower(s.Tokens[after].Value[0]) && !s.Tokens[after].Value.EndsWith("ed", StringComparison.Ordinal)
                    // "to Peru last year": a time phrase after the name, not a noun it modifies.
                    && !(s.Tokens[after].Value is "last" or "next" or "this" or "early" or "late" or "later" or "earlier" && after + 1 < s.Tokens.Count && s.Classes[after + 1] == WordClass.Time)
                    && s.Context.MentionStartingAt(s.Tokens[after].Start) is null
                    && !(k == from && from > 0 && BareInfinitiveVerbs.Contains(s.Tokens[from - 1].Value) && IsBareVerbForm(s.Tokens[after].Value)))
                {
                    // "the U.K. role in the talks", "the Kenyan decision": a country's own act or role stands for the country.
                    if (PossessorHeads.Contains(s.Tokens[after].Value)) targets.Add(new Target(mention, after + 1, endAim, null));
                    return targets;
                }
                if (after < s.Tokens.Count && s.Classes[after] == WordClass.Possessive)
                {
                    // "the UN's and Peru's efforts": possessors coordinated before one head share it.
                    if (after + 2 < s.Tokens.Count && s.Tokens[after + 1].Value is "and" or "&"
                        && s.Context.MentionsStartingAt(s.Tokens[after + 2].Start).FirstOrDefault(m => m.Label is NodeLabel.Country or NodeLabel.Organization) is { } second)
                    {
                        var m2 = after + 2;
                        while (m2 < s.Tokens.Count && s.Tokens[m2].End <= second.End) m2++;
                        if (m2 + 1 < s.Tokens.Count && s.Classes[m2] == WordClass.Possessive && PossessorHeads.Contains(s.Tokens[m2 + 1].Value))
                        {
                            targets.Add(new Target(mention, m2 + 2, endAim, null));
                            targets.Add(new Target(second, m2 + 2, endAim, null));
                            k = m2 + 2;
                            if (!NextCoordinated(s, ref k, limit)) break;
                            continue;
                        }
                    }
                    // "reaffirmed Pakistan's commitment to X": a possessed stance noun with its own frame is read on its own
                    // (Pakistan commits to X); the possessor is no target of the verb.
                    if (StanceNounAt(s, after + 1) && StanceFrameFollows(s, after + 1)) return targets;
                    // "X's sovereignty": X; "X's pipeline project": the project that follows.
                    var n = after + 1;
                    while (n < s.Tokens.Count && n < after + 4 && s.Classes[n] is WordClass.Word or WordClass.Punctuation && s.Context.MentionStartingAt(s.Tokens[n].Start) is null && !PossessorHeads.Contains(s.Tokens[n].Value)) n++;
                    if (n < s.Tokens.Count && PossessorHeads.Contains(s.Tokens[n].Value) && s.Context.MentionStartingAt(s.Tokens[n].Start) is null)
                    {
                        targets.Add(new Target(mention, n + 1, endAim, null));
                        k = n + 1;
                        if (!NextCoordinated(s, ref k, limit)) break;
                        continue;
                    }
                    // "reaffirmed Moscow's support for X": the possessor of a stance noun holds that stance; the noun is read
                    // on its own, and the possessor is no target of the verb.
                    if (StanceNounAt(s, after + 1)) return targets;
                    // "to fund the project's port works", "backed the pipeline's second stretch": what belongs to an undertaking
                    // is part of it.
                    if (mention.Label == NodeLabel.Project)
                    {
                        targets.Add(new Target(mention, after + 1, false, null));
                        break;
                    }
                    // "endorsed the commission's recommendations": when nothing in the phrase is named, the organisation or
                    // country whose recommendations, proposals or views they are is what the stance is about.
                    // Only nouns of what an actor puts forward or does for others: "backed Peru's expulsion" or "welcomed
                    // Chile's defeat" is no support for Peru or Chile.
                    if (mention.Label is NodeLabel.Organization or NodeLabel.Country && !NameBeforeEnd(s, after + 1, limit) && AuthoredNounAt(s, after + 1, limit))
                    {
                        // Accepting another's proposal backs its author but binds one to no country ("agreed to Togo's proposal").
                        targets.Add(new Target(mention, n < s.Tokens.Count ? n + 1 : after + 1, false, StanceClass.Supports));
                        break;
                    }
                    k = after + 1;
                    continue;
                }
                if (mention.Label is NodeLabel.Country or NodeLabel.Organization && ModifiedNameAfter(s, after) is { } modified)
                {
                    k = modified;
                    continue;
                }
                // "to help bring the war to an end", "to bring the conflict to a close": the end comes after the conflict.
                if (mention.Label == NodeLabel.Conflict && !endAim && after + 2 < s.Tokens.Count && s.Tokens[after].Value == "to"
                    && s.Tokens[after + 1].Value is "an" or "a" && s.Tokens[after + 2].Value is "end" or "close" or "halt")
                {
                    targets.Add(new Target(mention, after + 3, true, null));
                    break;
                }
                if (mention.Label == NodeLabel.Conflict && !endAim) break;
                // "called for a ceasefire in Sudan", "peace talks between Chad and Niger": ending the fighting a country is in
                // is a stance on the document's conflict that involves it.
                if (endAim && mention.Label == NodeLabel.Country && ConflictInvolving(s.Context, mention.Key) is { } conflict)
                {
                    targets.Add(new Target(conflict, after, true, null));
                    break;
                }
                // "peace talks between Ukraine and Russia" with no war of theirs named: calling for peace backs neither side.
                if (endAim && mention.Label == NodeLabel.Country) break;
                targets.Add(new Target(mention, after, endAim && mention.Label == NodeLabel.Conflict, null));
                k = after;
                if (!NextCoordinated(s, ref k, limit)) break;
                continue;
            }
            if (c is WordClass.Determiner or WordClass.Adverb || c == WordClass.Punctuation && token.Value == "-") { k++; continue; }
            // "will finance 80% of X", "60 pct of the X": a share of a named undertaking (not "60 pct of the exports").
            if (token.Value is "%" or "pct" or "percent" && k + 2 < limit && s.Tokens[k + 1].Value == "of")
            {
                var named = s.Tokens[k + 2].Value == "the" ? k + 3 : k + 2;
                if (named < limit && s.Context.MentionsStartingAt(s.Tokens[named].Start).Any(m => m.Label == NodeLabel.Project))
                {
                    k = named;
                    continue;
                }
            }
            // "all of the commission's recommendations": "of" after a quantifier is still the object.
            if (c == WordClass.Of && k > from && s.Tokens[k - 1].Value.ToLowerInvariant() is "all" or "some" or "most" or "each" or "both" or "any" or "part" or "much" or "many") { k++; continue; }
            // "any initiative aimed at ending the war", "a plan designed to end X": a participle of purpose after a noun
            // leads into what the noun is for.
            if (lastNoun.Length > 0 && k + 1 < s.Tokens.Count && (token.Value == "aimed" && s.Tokens[k + 1].Value == "at"
                || token.Value is "designed" or "intended" or "meant" && s.Tokens[k + 1].Value == "to"))
            {
                k += 2;
                continue;
            }
            // "the efforts made by X", "the mediation led by X": a participle and its agent after a process noun.
            if (c is WordClass.Word or WordClass.Verb && ProcessNouns.Contains(lastNoun) && char.IsLower(token.Value[0])
                && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Value.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                k += 2;
                continue;
            }
            // "inked a deal with China on Monday to build X": the partner of an agreement, and when it was made, stand between
            // the agreement and what it is for.
            if (token.Value == "with" && AgreementNouns.Contains(lastNoun) && k + 1 < limit)
            {
                var p = k + 1;
                while (p < limit && s.Classes[p] == WordClass.Determiner) p++;
                if (p < limit && s.Context.MentionsStartingAt(s.Tokens[p].Start).Where(m => m.Label.IsEntity()).MaxBy(m => m.End) is { } partner)
                {
                    while (p < s.Tokens.Count && s.Tokens[p].End <= partner.End) p++;
                    while (p < limit && (s.Classes[p] is WordClass.Time or WordClass.Determiner || s.Tokens[p].Value is "on" or "in" or "last" or "this")) p++;
                    if (p < limit && s.Classes[p] == WordClass.To)
                    {
                        k = p;
                        continue;
                    }
                }
            }
            // "signed an agreement on Thursday to set up X": when it was made, between the agreement and what it is for.
            if (AgreementNouns.Contains(lastNoun) && c is WordClass.Preposition or WordClass.Time && token.Value is "on" or "last" or "this" or "in" or "early" or "late")
            {
                var p = k;
                while (p < limit && p < k + 4 && (s.Classes[p] is WordClass.Time or WordClass.Determiner || s.Tokens[p].Value is "on" or "last" or "this" or "in" or "early" or "late")) p++;
                if (p > k && p < limit && s.Classes[p] == WordClass.To && s.Classes[p - 1] == WordClass.Time)
                {
                    k = p;
                    continue;
                }
            }
            // "signed an agreement to build X": the verb of an infinitive that completes a process noun, and then its object.
            if (c == WordClass.Verb && k > from && s.Classes[k - 1] == WordClass.To && ProcessNouns.Contains(lastNoun))
            {
                lastNoun = token.Value;
                if (EndWords.Contains(lastNoun)) endAim = true;
                k++;
                continue;
            }
            // "an agreement on jointly preparing a study for X": a gerund after a process noun's preposition, then its object.
            if (c == WordClass.Verb && k > from && s.Classes[k - 1] is WordClass.Preposition or WordClass.Adverb && token.Value.EndsWith("ing", StringComparison.Ordinal)
                && char.IsLower(token.Value[0]) && ProcessNouns.Contains(lastNoun))
            {
                lastNoun = token.Value;
                k++;
                continue;
            }
            // "backed calls for X", "welcomed plans for X": a word that may be a verb is a noun when a process noun's complement follows.
            if (c == WordClass.Word || c == WordClass.Verb && ProcessNouns.Contains(token.Value) && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Value is "for" or "of" or "on")
            {
                lastNoun = token.Value;
                if (EndWords.Contains(lastNoun)) endAim = true;
                k++;
                continue;
            }
            // "a truce and the opening of peace talks": a second noun phrase coordinated with the first is object too.
            if (c == WordClass.Coordinator && token.Value is "and" && lastNoun.Length > 0 && k + 1 < limit && k + 1 < s.Tokens.Count
                && s.Classes[k + 1] is WordClass.Determiner or WordClass.Word && !LooksLikeVerb(s, k + 1))
            {
                k++;
                continue;
            }
            // "the extension of", "an end to", "peace in": follow a process noun into its complement.
            if (c is WordClass.Of or WordClass.To or WordClass.Preposition && lastNoun.Length > 0 && (ProcessNouns.Contains(lastNoun) || EndWords.Contains(lastNoun)
                    // "support for the applications of Finland and Sweden", "the bid of Kenya": whose bid it is.
                    || PossessorHeads.Contains(lastNoun) && token.Value == "of")
                && token.Value.ToLowerInvariant() is "of" or "to" or "for" or "in" or "on" or "between" or "by" or "under")
            {
                k++;
                continue;
            }
            // "pledged 50 mln dlrs in aid to Peru", "offered credits for the Andes railway", "pledged 20 mln dlrs towards the
            // railway": money or aid goes to its recipient.
            if (c is WordClass.To or WordClass.Preposition && (StanceLexicon.AidNouns.Contains(lastNoun) || ProjectWords.Currencies.Contains(lastNoun) || ProjectWords.Scales.Contains(lastNoun)
                    // "lend two minehunters to X", "give 500,000 doses to X": goods counted out go to their recipient.
                    || k >= 2 && from <= k - 2 && (WordClasses.IsCount(s.Tokens[k - 2].Value) || s.Tokens[k - 2].Value.Length > 0 && char.IsDigit(s.Tokens[k - 2].Value[0])) && lastNoun.EndsWith('s'))
                && token.Value.ToLowerInvariant() is "to" or "for" or "in" or "toward" or "towards")
            {
                k++;
                continue;
            }
            break;
        }
        return targets;
    }

    /// <summary>
    /// The recipient of a double-object form of a "give aid to" frame: "offered Chad military aid", "promised Peru
    /// financial help", "provided Tunisia with 200 mln dlrs in credits" (a country or organisation right after the verb,
    /// then at most six words of amount and kind before the aid noun).
    /// </summary>
    private static Target? RecipientBeforeAid(SentenceView s, Clause clause, StancePredicateEntry entry)
    {
        if (entry.FrameWords is not [var noun, "to" or "for"] || !StanceLexicon.AidNouns.Contains(noun)) return null;
        var k = clause.VerbEnd;
        while (k < s.Tokens.Count && s.Classes[k] == WordClass.Determiner) k++;
        if (k >= s.Tokens.Count) return null;
        var recipient = s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(m => m.Label is NodeLabel.Country or NodeLabel.Organization && m.Kind != MentionKind.Demonym);
        if (recipient is null) return null;
        var after = k;
        while (after < s.Tokens.Count && s.Tokens[after].End <= recipient.End) after++;
        var j = after;
        if (j < s.Tokens.Count && s.Tokens[j].Value == "with") j++;
        for (var n = 0; j < s.Tokens.Count && n < 7; n++, j++)
        {
            var word = s.Tokens[j].Value;
            if (StanceLexicon.AidNouns.Contains(word)) return n == 0 && j == after ? null : new Target(recipient, after, false, null);
            // "will provide Peru with 20 mln dlrs": money given is aid when nothing else follows it.
            if (ProjectWords.Currencies.Contains(word) && n > 0 && ProjectWords.IsAmountWord(s.Tokens[j - 1].Value)
                && (j + 1 >= s.Tokens.Count || s.Classes[j + 1] is WordClass.Boundary or WordClass.Comma || s.Tokens[j + 1].Value is "." or "in" or "over")) return new Target(recipient, after, false, null);
            if (s.Context.MentionStartingAt(s.Tokens[j].Start) is not null || !(char.IsLower(word[0]) || char.IsDigit(word[0]) || ProjectWords.IsAmountWord(word))) return null;
            if (s.Classes[j] is not (WordClass.Word or WordClass.Preposition or WordClass.Determiner)) return null;
        }
        return null;
    }

    /// <summary>Nouns of a proposal that can receive support: "X's call", "X's plan".</summary>
    private static readonly FrozenSet<string> ProposalNouns = new[]
    {
        "call", "calls", "proposal", "proposals", "plan", "plans", "idea", "ideas", "initiative", "appeal", "offer", "bid", "suggestion",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of what an actor puts forward or gives: the proposal nouns, and its recommendations, views, policies or help.</summary>
    private static readonly FrozenSet<string> AuthoredNouns = ProposalNouns.Concat(
    [
        "recommendation", "recommendations", "initiatives", "offers", "view", "views", "suggestions", "approach", "policy", "policies",
        "stand", "formula", "blueprint", "programme", "program", "package", "measures", "steps", "reforms", "reform", "mediation",
        "help", "aid", "assistance", "contribution", "contributions", "work", "leadership", "invitation", "guidance", "vision",
    ]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the noun phrase after a possessive ends in a noun of what its possessor puts forward or gives ("the commission's
    /// detailed recommendations", "Peru's peace plan"), the head being the last word before a preposition or the limit.
    /// </summary>
    private static bool AuthoredNounAt(SentenceView s, int from, int limit)
    {
        var head = -1;
        for (var k = from; k < limit && k < s.Tokens.Count && k < from + 7 && (s.Classes[k] is WordClass.Word or WordClass.Verb || s.Tokens[k].Value == "-"); k++)
        {
            if (s.Tokens[k].Value != "-") head = k;
        }
        return head >= 0 && AuthoredNouns.Contains(s.Tokens[head].Value);
    }

    /// <summary>The lower-case word right after a mention, if any.</summary>
    private static string? NextWordAfter(SentenceView s, Mention m)
    {
        var k = s.Tokens.FindIndex(t => t.Start >= m.End);
        return k >= 0 && s.Tokens[k].IsWord && char.IsLower(s.Tokens[k].Value[0]) ? s.Tokens[k].Value : null;
    }

    /// <summary>
    /// "the Iran-Pakistan gas pipeline", "a U.S. Supreme Court ruling": a name that modifies a following name of a
    /// project, organisation or conflict, across hyphens, other modifying names and a few lower-case words.
    /// Returns the token where that name starts, or null.
    /// </summary>
    private static int? ModifiedNameAfter(SentenceView s, int k)
    {
        for (var n = 0; k < s.Tokens.Count && n < 6; n++)
        {
            var here = s.Context.MentionsStartingAt(s.Tokens[k].Start);
            if (here.Any(x => x.Label is NodeLabel.Organization or NodeLabel.Project or NodeLabel.Conflict)) return k;
            var c = s.Classes[k];
            if (!(c == WordClass.Punctuation && s.Tokens[k].Value == "-" || c == WordClass.Coordinator || c == WordClass.Word && (char.IsLower(s.Tokens[k].Value[0]) || here.Count > 0))) return null;
            k++;
        }
        return null;
    }

    /// <summary>
    /// "the compact it ratified in May", "the accord that Peru backs": a verb without an object of its own in a
    /// relative clause acts on the undertaking the clause describes.
    /// </summary>
    private static List<Target>? RelativeObject(SentenceView s, Clause clause, int next)
    {
        if (clause.SubjectStart < 1 || clause.Relative) return null;
        // The object position after the verb (or after its frame's preposition) is empty: a time phrase, a comma, the end
        // or a preposition follows.
        if (next < s.Tokens.Count && s.Classes[next] is WordClass.Word or WordClass.Determiner or WordClass.Of or WordClass.To && s.Classes[next] != WordClass.Time
            && !(s.Tokens[next].Value.ToLowerInvariant() is "last" or "this" or "earlier" or "recently" or "in" or "on")) return null;
        var k = clause.SubjectStart - 1;
        if (s.Tokens[k].Value.ToLowerInvariant() is "that" or "which")
        {
            k--;
            // "the project, which Peru backs": a non-restrictive relative after its comma.
            if (k > 0 && s.Tokens[k + 1].Value.Equals("which", StringComparison.OrdinalIgnoreCase) && s.Classes[k] == WordClass.Comma) k--;
        }
        if (k < 0 || s.Context.MentionEndingAt(s.Tokens[k].End) is not { Label: NodeLabel.Project } project) return null;
        return [new Target(project, clause.VerbEnd, false, null)];
    }

    /// <summary>Nouns of a halt to fighting: a call for one with nothing named is about the conflict the report is about.</summary>
    private static readonly FrozenSet<string> CeasefireWords = new[]
    {
        "ceasefire", "cease-fire", "truce", "armistice", "de-escalation", "peace",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "urged a truce and the opening of peace talks": a halt to fighting that names no war is a stance on ending
    /// the one conflict the document names; with none or several, on nothing.
    /// </summary>
    private static List<Target>? CeasefireInDocumentConflict(SentenceView s, int from, int limit)
    {
        var end = Math.Min(s.Tokens.Count, Math.Max(limit, from));
        var found = -1;
        for (var k = from; k < end && k < from + 12; k++)
        {
            if (s.Classes[k] is WordClass.Verb or WordClass.Boundary or WordClass.Subordinator or WordClass.Quote) break;
            if (s.Context.MentionsStartingAt(s.Tokens[k].Start).Any(m => m.Label.IsEntity())) return null;
            if (CeasefireWords.Contains(s.Tokens[k].Value)) { found = k; break; }
        }
        if (found < 0) return null;
        Mention? conflict = null;
        foreach (var m in s.Context.Mentions)
        {
            if (m.Label != NodeLabel.Conflict) continue;
            if (conflict is not null && conflict.Key != m.Key) return null;
            conflict ??= m;
        }
        return conflict is null ? null : [new Target(conflict, found + 1, true, null)];
    }

    /// <summary>The first project or organisation named after "for", "through", "via", "on", "to" or "into" before the clause ends.</summary>
    private static Target? UndertakingInComplement(SentenceView s, int from, int limit)
    {
        for (var k = from + 1; k < limit && k < s.Tokens.Count && k < from + 20; k++)
        {
            if (s.Classes[k] is WordClass.Verb or WordClass.Auxiliary or WordClass.Modal) return null;
            // "pledged to mobilise private capital for it": "it" after the preposition is the undertaking named before.
            if (s.Tokens[k].Value == "it" && s.Tokens[k - 1].Value.ToLowerInvariant() is "for" or "to" or "into" or "towards"
                && SoleUndertaking(s, k, previous: true) is { } named)
            {
                return PronounTarget(s, named, k, k + 1);
            }
            if (s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(m => m.Label is NodeLabel.Project or NodeLabel.Organization) is not { } project) continue;
            var p = k - 1;
            while (p > from && s.Classes[p] is WordClass.Determiner or WordClass.Adverb) p--;
            // "via the Trans-Caspian Route - the so-called Middle Corridor": a name set after a dash or a comma renames
            // the object of the preposition before it.
            if (p > from && s.Tokens[p].Value == "so-called") p--;
            else if (p > from + 2 && s.Tokens[p].Value == "called" && s.Tokens[p - 1].Value == "-" && s.Tokens[p - 2].Value == "so") p -= 3;
            while (p > from && s.Classes[p] is WordClass.Determiner) p--;
            if (p > from + 1 && s.Tokens[p].Value is "-" or "," or "\u2013" or "\u2014")
            {
                var q = p - 1;
                while (q > from && s.Tokens[q].IsWord && s.Tokens[q].IsCapitalized || q > from && s.Tokens[q].Value == "-" && s.Tokens[q].Start == s.Tokens[q - 1].End) q--;
                while (q > from && s.Classes[q] is WordClass.Determiner) q--;
                if (q < p - 1) p = q;
            }
            if (s.Tokens[p].Value.ToLowerInvariant() is not ("for" or "through" or "via" or "on" or "to" or "into" or "under")) continue;
            // "pledged to work for the World Bank": an organisation right after the verb and its preposition is whom one
            // works for or talks to, not an undertaking the act is for.
            if (project.Label == NodeLabel.Organization && p == from) return null;
            var after = k;
            while (after < s.Tokens.Count && s.Tokens[after].End <= project.End) after++;
            // "through the Volta Road, the so-called West Coast Corridor": a name set after it renames a named route too.
            var r = after;
            if (r < s.Tokens.Count && s.Tokens[r].Value is "-" or "," or "\u2013" or "\u2014") r++;
            while (r < s.Tokens.Count && s.Classes[r] == WordClass.Determiner) r++;
            if (r < s.Tokens.Count && s.Tokens[r].Value == "so-called") r++;
            else if (r + 2 < s.Tokens.Count && s.Tokens[r].Value == "so" && s.Tokens[r + 1].Value == "-" && s.Tokens[r + 2].Value == "called") r += 3;
            else r = -1;
            if (r > 0 && r < s.Tokens.Count && s.Context.MentionsStartingAt(s.Tokens[r].Start).FirstOrDefault(m => m.Label == NodeLabel.Project) is { } renamed)
            {
                project = renamed;
                after = r;
                while (after < s.Tokens.Count && s.Tokens[after].End <= project.End) after++;
            }
            return new Target(project, after, false, null);
        }
        return null;
    }

    /// <summary>The first conflict of the document that involves a country, as a mention to target.</summary>
    private static Mention? ConflictInvolving(ExtractionContext context, string country)
    {
        foreach (var fact in context.Facts)
        {
            if (fact.Type != RelationshipType.Involves || fact.SubjectLabel != NodeLabel.Conflict || fact.ObjectLabel != NodeLabel.Country || fact.ObjectKey != country) continue;
            foreach (var m in context.Mentions)
            {
                if (m.Label == NodeLabel.Conflict && m.Key == fact.SubjectKey) return m;
            }
        }
        return null;
    }

    /// <summary>Whether an entity is named in the rest of a noun phrase, before a verb, subordinator or boundary.</summary>
    private static bool NameBeforeEnd(SentenceView s, int k, int limit)
    {
        for (var n = 0; k < limit && k < s.Tokens.Count && n < 8; k++, n++)
        {
            if (s.Classes[k] is WordClass.Verb or WordClass.Auxiliary or WordClass.Modal or WordClass.Subordinator or WordClass.Boundary or WordClass.Quote or WordClass.Comma
                or WordClass.Preposition or WordClass.Of or WordClass.To) return false;
            if (s.Context.MentionsStartingAt(s.Tokens[k].Start).Any(m => m.Label.IsEntity() && m.Kind != MentionKind.Demonym)) return true;
        }
        return false;
    }

    /// <summary>After a target, steps over "and"/"," to the next coordinated one; false when the phrase ends.</summary>
    private static bool NextCoordinated(SentenceView s, ref int k, int limit)
    {
        if (k < limit && k < s.Tokens.Count && (s.Classes[k] == WordClass.Coordinator && s.Tokens[k].Value is "and" or "&" || s.Classes[k] == WordClass.Comma))
        {
            k++;
            while (k < limit && k < s.Tokens.Count && s.Classes[k] is WordClass.Determiner or WordClass.Coordinator) k++;
            if (!(k < limit && k < s.Tokens.Count && s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(m => m.Label.IsEntity()) is { } next)) return false;
            // "backed the accord, and Spain approved it": a name that a verb group follows is the subject of a clause of its own.
            var after = k;
            while (after < s.Tokens.Count && s.Tokens[after].End <= next.End) after++;
            while (after < s.Tokens.Count && s.Classes[after] == WordClass.Adverb) after++;
            // "..., Foreign Ministry officials said": a name before an agent noun opens the attribution, not a further target.
            if (after < s.Tokens.Count && char.IsLower(s.Tokens[after].Value[0]) && AgentHeads.Contains(s.Tokens[after].Value)) return false;
            // "the applications of Finland and Sweden to join NATO": an infinitive after it is no clause of its own.
            return !(after < s.Tokens.Count && (s.Classes[after] is WordClass.Auxiliary or WordClass.Modal || s.Clauses.Any(c => !c.Infinitive && (c.Head == after || c.VerbStart == after))));
        }
        return false;
    }

    private static void Emit(SentenceView s, Clause clause, StancePredicateEntry entry, List<Target> targets)
    {
        // One joins a treaty, an initiative, talks or an organisation; a country after "join" is a companion in some act
        // ("joined Peru in condemning the raid", "will join Chile at the summit"), not what one accedes to.
        if (entry.Phrase == "join")
        {
            targets = targets.Where(t => t.Mention.Label != NodeLabel.Country).ToList();
            if (targets.Count == 0) return;
        }
        var actors = SubjectActors(s, clause);
        if (actors.Count == 0) return;
        s.Read.Add(clause);
        var from = clause.FirstToken();
        foreach (var target in targets)
        {
            // The evidence covers the subject, the predicate and the target, whichever comes first ("Under the accord, X agreed").
            var targetStart = s.Tokens.FindIndex(t => t.Start >= target.Mention.Start);
            var first = targetStart >= 0 ? Math.Min(from, targetStart) : from;
            var stance = StanceOf(entry, target);
            // "Japan will contribute 300 mln dlrs to X", "said it would fund X": material aid stated as what one will do is a
            // pledge of it (ANNOTATION: pledges, promises), not only support.
            if (stance == StanceClass.Supports && Promised(clause) && (target.Override is null && IsMaterialAid(entry) || target.Material)) stance = StanceClass.CommittedTo;
            var relation = stance == StanceClass.Supports ? RelationshipType.Supports : RelationshipType.CommittedTo;
            foreach (var actor in actors) Add(s, first, Math.Max(target.EndToken, clause.VerbEnd), entry.Phrase, relation, actor, target, "stance.clause");
        }
    }

    /// <summary>Whether the clause states what its subject will do: "will", "would" or "shall", not hedged, not negated.</summary>
    private static bool Promised(Clause clause) => clause.Modal is "will" or "would" or "shall" or "'ll" && !clause.Negated && !clause.Conditional;

    /// <summary>
    /// Whether a verb predicate gives material aid: every CAMEO code of its row is material cooperation or aid (060-061,
    /// 070-073: fund, finance, contribute to, provide aid to), not also praise or support (05x) or protection (074), and not "help".
    /// </summary>
    private static bool IsMaterialAid(StancePredicateEntry entry) =>
        // "will help reduce tensions", "would help Peru build": help is as often advice or a hand as it is aid.
        entry.GivesMaterialAid && !entry.Phrase.Equals("help", StringComparison.Ordinal);

    /// <summary>
    /// The relation a predicate and the inner verb it governs make together. "agreed to fund X" is a commitment;
    /// "stands ready to help X" and "is willing to back X" state support: readiness and disposition defer to the inner
    /// verb, a commitment does not. Readiness is support by itself ("stands ready to facilitate talks on X") and a
    /// commitment when its inner verb commits ("is ready to sign X").
    /// </summary>
    private static StanceClass StanceOf(StancePredicateEntry entry, Target target)
    {
        // Adjectives ("committed to", "willing to") and support over an infinitive ("ready to", "readiness to") defer.
        // A commitment adjective does not: "determined to help end the war" commits as "pledged to help end it" does.
        var defers = entry.Kind == StancePredicateKind.Adjective && entry.Class != StanceClass.CommittedTo || entry.Class == StanceClass.Supports && entry.TakesInfinitive;
        if (!defers) return target.Inner == StanceClass.Supports && entry.Class == StanceClass.CommittedTo ? StanceClass.CommittedTo : target.Override ?? entry.Class;
        return target.Override ?? (target.Inner == StanceClass.CommittedTo ? StanceClass.CommittedTo : entry.Class);
    }

    /// <summary>The actors of a clause's subject, following shared subjects; "it"/"they" stand for the latest country or organisation subject.</summary>
    private static List<Actor> SubjectActors(SentenceView s, Clause clause)
    {
        if (clause.SubjectRange() is not { } range) return [];
        return ActorsIn(s, range.Start, range.End, resolvePronouns: true);
    }

    /// <summary>
    /// The actors a subject phrase names: per conjunct ("Iran and Pakistan", "the two sides"), the name that
    /// ends it ("Russia's Foreign Minister Oleg Sarin"), or the country or organisation an agent noun belongs
    /// to ("Iran's government", "the Iranian delegation", "the government of Iran"); a noun that is not an
    /// agent ("U.S. soybean producers") names no actor.
    /// </summary>
    private static List<Actor> ActorsIn(SentenceView s, int from, int to, bool resolvePronouns)
    {
        var actors = new List<Actor>();
        var start = from;
        for (var k = from; k <= to; k++)
        {
            if (k < to && !(s.Classes[k] == WordClass.Coordinator || s.Classes[k] == WordClass.Comma)) continue;
            // "and" inside a name ("Trinidad and Tobago") is not a coordination.
            if (k < to && s.Context.IsCovered(s.Tokens[k].Start, s.Tokens[k].End) && s.Context.MentionsStartingAt(s.Tokens[k].Start).Count == 0
                && !IsMentionBoundary(s, k)) continue;
            if (k > start) actors.AddRange(ConjunctActors(s, start, k, resolvePronouns));
            start = k + 1;
        }
        return actors.DistinctBy(a => (a.Mention.Label, a.Mention.Key)).ToList();
    }

    private static bool IsMentionBoundary(SentenceView s, int k) => s.Context.MentionEndingAt(s.Tokens[k - 1 < 0 ? 0 : k - 1].End) is not null;

    private static IEnumerable<Actor> ConjunctActors(SentenceView s, int from, int to, bool resolvePronouns)
    {
        // The sentence's full stop or a closing bracket is no part of the phrase.
        // The full stop of an abbreviated name ("the U.S.") is the name's own.
        while (to - 1 > from && s.Classes[to - 1] is WordClass.Punctuation or WordClass.Boundary && s.Tokens[to - 1].Value is "." or ")" or "]"
            && !(s.Tokens[to - 1].Value == "." && s.Context.MentionEndingAt(s.Tokens[to - 1].End) is not null)) to--;
        var last = s.Tokens[to - 1];
        var word = last.Value;
        if (s.Classes[to - 1] == WordClass.Pronoun && to - from == 1)
        {
            // "he"/"she" are person mentions when resolved; "we" inside a statement is its speaker; "it"/"they" the latest institutional subject.
            foreach (var m in s.Context.MentionsStartingAt(last.Start)) if (AsActor(s.Context, m) is { } a) { yield return a; yield break; }
            if (WeAt(s.Context, last) is { } we) { yield return we; yield break; }
            if (resolvePronouns && word.ToLowerInvariant() is "it" or "they")
            {
                // "Chile said it would back ...": the subject of the nearest earlier clause of the sentence ("Brazil backed X, and
                // Peru said it would sign Y": Peru), else of an earlier sentence.
                for (var ci = s.Clauses.Count - 1; ci >= 0; ci--)
                {
                    var c = s.Clauses[ci];
                    if (c.VerbStart >= from || c.SubjectStart < 0 || c.SubjectStart >= from) continue;
                    // "Baker and other ministers say they intend to": a coordinated subject is plural, so "they" is all of it, people too.
                    var plural = word.Equals("they", StringComparison.OrdinalIgnoreCase)
                        && Enumerable.Range(c.SubjectStart, Math.Max(0, c.SubjectEnd - c.SubjectStart)).Any(k => s.Classes[k] == WordClass.Coordinator);
                    var earlier = ActorsIn(s, c.SubjectStart, c.SubjectEnd, resolvePronouns: false).Where(a => plural || a.Mention.Label is NodeLabel.Country or NodeLabel.Organization).ToList();
                    if (earlier.Count > 0)
                    {
                        foreach (var a in earlier) yield return a;
                        yield break;
                    }
                }
                // "Chile honoured the compact it signed": else the nearest country or organisation before it in the sentence.
                for (var k = from - 1; k >= 0; k--)
                {
                    // "tabled its proposal in the Uruguay Round and said it was committed": a name that opens an undertaking's name is no actor.
                    if (s.Context.MentionEndingAt(s.Tokens[k].End) is { Label: NodeLabel.Country or NodeLabel.Organization, Kind: not MentionKind.Demonym } near
                        && !s.Context.MentionsStartingAt(near.Start).Any(m => m.Label == NodeLabel.Project && m.End > near.End)
                        && AsActor(s.Context, near) is { } a)
                    {
                        yield return a;
                        yield break;
                    }
                }
                foreach (var a in s.State.LastCountryOrOrganization) yield return a;
            }
            yield break;
        }
        // "both countries", "the two sides": mentions that stand for two.
        var starting = new List<Mention>();
        for (var k = from; k < to; k++)
        {
            var here = s.Context.MentionsStartingAt(s.Tokens[k].Start);
            if (here.Count > 1 && here.All(m => m.End >= last.End))
            {
                foreach (var m in here) if (AsActor(s.Context, m) is { } a) yield return a;
                yield break;
            }
        }
        if (s.Context.MentionEndingAt(last.End) is { } ending && ending.Label is NodeLabel.Person or NodeLabel.Country or NodeLabel.Organization && ending.Kind != MentionKind.Demonym)
        {
            if (AsActor(s.Context, ending) is { } a) yield return a;
            yield break;
        }
        // "The Japanese have complained", "the French backed it": "the" and a nationality alone name the nation acting,
        // as its government does; "the Japanese market" is no such phrase (the demonym must end it).
        if (to - from == 2 && s.Tokens[from].Value is "the" or "The" && s.Context.MentionEndingAt(last.End) is { Kind: MentionKind.Demonym, Label: NodeLabel.Country } nation
            && nation.Start == last.Start)
        {
            yield return new Actor(nation, null);
            yield break;
        }
        // "his country", "her government", "our nation" (in a statement): the country of the person the pronoun stands for.
        if (to - from == 2 && OwnCountryHeads.Contains(word) && OwnCountry(s, from) is { } own)
        {
            yield return own;
            yield break;
        }
        if (AgentHeads.Contains(word))
        {
            // The first country or organisation of the phrase is the one the agent noun belongs to: "Iran's government", "the government of Iran".
            for (var k = from; k < to; k++)
            {
                var m = s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(x => x.Label is NodeLabel.Country or NodeLabel.Organization);
                if (m is not null && AsActor(s.Context, m) is { } a) { yield return a; yield break; }
            }
        }
        // "the government of Iran": the agent noun then "of" and the name.
        for (var k = from; k + 2 < to + 1 && k < to; k++)
        {
            if (AgentHeads.Contains(s.Tokens[k].Value) && k + 1 < to && s.Classes[k + 1] == WordClass.Of)
            {
                var m = s.Context.MentionsStartingAt(s.Tokens[k + 2 < to ? k + 2 : k + 1].Start).FirstOrDefault(x => x.Label is NodeLabel.Country or NodeLabel.Organization);
                if (m is not null && AsActor(s.Context, m) is { } a) { yield return a; yield break; }
            }
        }
    }

    /// <summary>
    /// Nouns that present what follows as a possibility or a reading, not as a fact: "speculation about Chile's support
    /// for X", "signs of a Kenyan commitment to X", "read as a reference to Peruvian willingness to sign X".
    /// </summary>
    private static readonly FrozenSet<string> HedgeNouns = new[]
    {
        "speculation", "rumour", "rumours", "rumor", "rumors", "hint", "hints", "sign", "signs", "reference", "talk", "possibility",
        "prospect", "prospects", "hope", "hopes", "chance", "chances", "doubt", "doubts", "question", "questions", "reports",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the noun phrase of the stance noun at <paramref name="noun"/> hangs from a hedge noun ("signs of Japanese support").</summary>
    private static bool Hedged(SentenceView s, int noun)
    {
        var k = noun - 1;
        for (var n = 0; k >= 0 && n < 6; k--, n++)
        {
            if (s.Classes[k] is WordClass.Determiner or WordClass.Adverb or WordClass.Possessive) continue;
            if (s.Classes[k] == WordClass.Word && char.IsLower(s.Tokens[k].Value[0]) || s.Context.MentionEndingAt(s.Tokens[k].End) is not null) continue;
            break;
        }
        return k >= 1 && s.Tokens[k].Value.ToLowerInvariant() is "of" or "to" or "about" or "on" or "for" && HedgeNouns.Contains(s.Tokens[k - 1].Value);
    }

    /// <summary>Words that put in doubt what the phrase before the copula states: "Peru's support for X remains uncertain".</summary>
    private static readonly FrozenSet<string> DoubtWords = new[]
    {
        "uncertain", "unclear", "doubtful", "questionable", "unknown", "undecided", "unsure", "shaky", "wavering", "fragile",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the stance noun phrase ending before token <paramref name="end"/> is the subject of a copula that doubts it:
    /// "Egypt's support for the accord remains uncertain", "Chile's commitment to the pact is in doubt".
    /// </summary>
    private static bool DoubtedAfter(SentenceView s, int end)
    {
        var k = end;
        if (k >= s.Tokens.Count || !Copulas.Contains(s.Tokens[k].Value)) return false;
        k++;
        while (k < s.Tokens.Count && (s.Classes[k] is WordClass.Adverb or WordClass.Auxiliary || Copulas.Contains(s.Tokens[k].Value))) k++;
        if (k >= s.Tokens.Count) return false;
        return DoubtWords.Contains(s.Tokens[k].Value)
            || s.Tokens[k].Value == "in" && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Value.ToLowerInvariant() is "doubt" or "question";
    }

    /// <summary>Whether a stance noun within three words of <paramref name="k"/> is followed by its frame's preposition ("commitment to").</summary>
    private bool StanceFrameFollows(SentenceView s, int k)
    {
        for (var n = 0; k < s.Tokens.Count && n < 3; k++, n++)
        {
            foreach (var entry in _lexicon.Nouns(s.Tokens[k].Value))
            {
                if (entry.FrameWords.Length > 0 && k + 1 < s.Tokens.Count && s.Tokens[k + 1].Value.Equals(entry.FrameWords[0], StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether a support or commitment noun with its frame ("support for", "firm commitment to") starts at <paramref name="k"/>, past adjectives.</summary>
    private bool StanceNounAt(SentenceView s, int k)
    {
        for (var n = 0; k < s.Tokens.Count && n < 3; k++, n++)
        {
            foreach (var entry in _lexicon.Nouns(s.Tokens[k].Value))
            {
                if (entry.Class is StanceClass.Supports or StanceClass.CommittedTo && MatchFrame(s, k + 1, entry.FrameWords, s.Tokens.Count, strict: true) >= 0) return true;
            }
            if (!(s.Classes[k] is WordClass.Adverb || s.Classes[k] == WordClass.Word && char.IsLower(s.Tokens[k].Value[0]))) return false;
        }
        return false;
    }

    /// <summary>"50 million dollars in" of "50 million dollars in aid": the first token of the amount before the "in" at <paramref name="k"/>, or -1.</summary>
    private static int AmountBefore(SentenceView s, int k)
    {
        if (k < 1 || s.Tokens[k].Value != "in" || !ProjectWords.IsAmountWord(s.Tokens[k - 1].Value)) return -1;
        var first = k - 1;
        while (first > 0 && ProjectWords.IsAmountWord(s.Tokens[first - 1].Value)) first--;
        return first;
    }

    /// <summary>
    /// "Mexico said it would cut its exports in support of the plan", "voted in favour of X": an adverbial "in support
    /// of" or "in favour of" after a verb says the verb's subject supports what follows.
    /// </summary>
    private void ReadAdverbialSupport(SentenceView s)
    {
        for (var i = 1; i + 3 < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].Value != "in" || s.Tokens[i + 1].Value.ToLowerInvariant() is not ("support" or "favour" or "favor") || s.Tokens[i + 2].Value != "of") continue;
            var clause = s.Clauses.LastOrDefault(c => c.VerbEnd <= i);
            // "is in favour of" is the predicative frame the clause reading already takes.
            if (clause is null || Copulas.Contains(s.Tokens[clause.Head].Value) || s.Classes[clause.Head] == WordClass.Auxiliary || Blocked(s, clause)) continue;
            var targets = StanceObjectTargets(s, i + 3, LimitFor(s, i + 3), endAim: false);
            if (targets.Count == 0) continue;
            var actors = SubjectActors(s, clause);
            foreach (var target in targets)
            {
                foreach (var actor in actors) Add(s, clause.FirstToken(), target.EndToken, "in " + s.Tokens[i + 1].Value + " of", RelationshipType.Supports, actor, target, "stance.adverbial");
            }
        }
    }

    /// <summary>
    /// "Japan's support for X", "U.S. backing for X", "expressed its strong support for X": a stance noun whose
    /// actor is its possessor, the name before it, or the subject of the light verb that carries it.
    /// </summary>
    private void ReadNouns(SentenceView s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var entries = _lexicon.Nouns(s.Tokens[i].Value);
            if (entries.Length == 0 || s.Classes[i] == WordClass.Verb && IsVerbGroupHead(s, i) && !ObjectOfLightVerb(s, i) && !AfterDeterminer(s, i)) continue;
            if (ReceivedSupport(s, i, entries) || Hedged(s, i)) continue;
            foreach (var entry in entries)
            {
                var after = MatchFrame(s, i + 1, entry.FrameWords, s.Tokens.Count, strict: true);
                if (after < 0) continue;
                if (entry.Class is StanceClass.Opposes or StanceClass.Negates) break;
                // "no support for": a denial.
                var k = i - 1;
                while (k >= 0 && s.Classes[k] is WordClass.Adverb
                    || k >= 0 && s.Classes[k] == WordClass.Word && char.IsLower(s.Tokens[k].Value[0]) && s.Context.MentionEndingAt(s.Tokens[k].End) is null
                    || k > 0 && s.Classes[k] is WordClass.Coordinator or WordClass.Comma && k < i - 1 && s.Classes[k - 1] == WordClass.Word && char.IsLower(s.Tokens[k - 1].Value[0])) k--;
                if (k >= 0 && s.Tokens[k].Value.ToLowerInvariant() is "no" or "without" or "lack" or "lacks" or "lacked") break;
                var targets = entry.TakesInfinitive && after < s.Tokens.Count && LooksLikeVerb(s, after)
                    ? InfinitiveTargets(s, after, Math.Min(s.Tokens.Count, after + 25), 0)
                    : StanceObjectTargets(s, after, LimitFor(s, after), endAim: false);
                if (targets is null || targets.Count == 0 || DoubtedAfter(s, targets.Max(t => t.EndToken))) break;
                var relation = entry.Class == StanceClass.Supports ? RelationshipType.Supports : RelationshipType.CommittedTo;
                List<Actor> actors = [];
                var from = i;
                if (k >= 0 && s.Classes[k] == WordClass.Possessive && k > 0 && s.Context.MentionEndingAt(s.Tokens[k - 1].End) is { } owner)
                {
                    if (AsActor(s.Context, owner) is { } a) { actors.Add(a); from = k - 1; }
                }
                else if (k >= 0 && s.Context.MentionEndingAt(s.Tokens[k].End) is { } modifier && modifier.Label is NodeLabel.Country or NodeLabel.Organization)
                {
                    if (AsActor(s.Context, modifier) is { } a) { actors.Add(a); from = k; }
                }
                else if (k >= 0 && s.Tokens[k].Value.ToLowerInvariant() is "his" or "her" or "its" or "their")
                {
                    // "his unwavering support for X": the possessive pronoun's person, or the country or organisation it stands for.
                    var pronoun = s.Tokens[k].Value.ToLowerInvariant();
                    // "thanked Ana Quispe for her support", "grateful to the president for his backing": the person the
                    // thanks are for is whose support it is, whoever the pronoun was resolved to.
                    Mention? thanked = null;
                    if (pronoun is "his" or "her" && k >= 2 && s.Tokens[k - 1].Value == "for")
                    {
                        var end = k - 2;
                        // "Ana Quispe of Peru for her support": past the country the person serves.
                        if (s.Context.MentionEndingAt(s.Tokens[end].End) is { Label: NodeLabel.Country } served)
                        {
                            var of = s.Tokens.FindLastIndex(end, t => t.Start < served.Start);
                            if (of >= 1 && s.Tokens[of].Value == "of") end = of - 1;
                        }
                        if (s.Context.MentionEndingAt(s.Tokens[end].End) is { Label: NodeLabel.Person, Kind: not MentionKind.Pronoun } named) thanked = named;
                    }
                    if (thanked is not null)
                    {
                        var record = s.Context.People.Get(thanked.Key);
                        actors.Add(record?.Country is { } country ? new Actor(thanked with { Label = NodeLabel.Country, Key = country }, record.Name) : new Actor(thanked, null));
                    }
                    else if (pronoun is "his" or "her" && s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(m => m.Label == NodeLabel.Person) is { } person)
                    {
                        var record = s.Context.People.Get(person.Key);
                        actors.Add(record?.Country is { } country ? new Actor(person with { Label = NodeLabel.Country, Key = country }, record.Name) : new Actor(person, null));
                    }
                    else if (pronoun is "its" or "their")
                    {
                        var clause = s.Clauses.LastOrDefault(c => c.VerbEnd <= k);
                        // "has withdrawn its support for": the verb that governs the noun may take the stance back.
                        if (clause is not null && (Blocked(s, clause) || TakesBack(s.Tokens[clause.Head].Value))) break;
                        // "Chile and Peru reaffirmed their commitment": the subject of the light verb that carries the noun,
                        // every part of it.
                        if (pronoun == "their" && clause is not null && LightVerbs.Contains(s.Tokens[clause.Head].Value) && clause.VerbEnd == k)
                            actors = SubjectActors(s, clause);
                        // "its" stands for the nearest country or organisation before it ("thanked Peru for its support").
                        for (var j = k - 1; j >= 0 && actors.Count == 0; j--)
                        {
                            if (s.Context.MentionEndingAt(s.Tokens[j].End) is not { Label: NodeLabel.Country or NodeLabel.Organization, Kind: not MentionKind.Demonym } near) continue;
                            // "the two sides ... their commitment": a phrase that stands for two countries gives both.
                            foreach (var m in s.Context.MentionsStartingAt(near.Start).Where(m => m.End == near.End && m.Label == near.Label))
                            {
                                if (AsActor(s.Context, m) is { } a) actors.Add(a);
                            }
                        }
                        if (actors.Count == 0) actors = [.. s.State.LastCountryOrOrganization];
                    }
                    from = k;
                }
                else if (k >= 0 && (s.Classes[k] is WordClass.Determiner or WordClass.Verb or WordClass.Word || AmountBefore(s, k) >= 0))
                {
                    // "pledged 50 million dollars in aid to X": the amount the aid comes in stands between the verb and the noun.
                    var j = AmountBefore(s, k) is var amount and >= 0 ? amount - 1 : k;
                    while (j >= 0 && s.Classes[j] is WordClass.Determiner or WordClass.Adverb) j--;
                    // "is among the strongest advocates of X", "is one of the main backers of X": the subject is one of those the noun names.
                    if (j >= 0 && s.Tokens[j].Value == "among") j--;
                    else if (j >= 1 && s.Tokens[j].Value == "of" && s.Tokens[j - 1].Value == "one") j -= 2;
                    while (j >= 0 && s.Classes[j] == WordClass.Adverb) j--;
                    var clause = s.Clauses.LastOrDefault(c => c.Head == j);
                    // A light verb carries the noun ("expressed support for"); a copula makes its subject the noun ("X is a friend of Y").
                    // "Peru welcomed the ratification of X": what one welcomes is another's act, not one's own commitment.
                    var welcomed = clause is not null && entry.Class == StanceClass.CommittedTo && s.Tokens[clause.Head].Value.StartsWith("welcom", StringComparison.OrdinalIgnoreCase);
                    if (clause is not null && !welcomed && (LightVerbs.Contains(s.Tokens[clause.Head].Value) || Copulas.Contains(s.Tokens[clause.Head].Value)) && !Blocked(s, clause)
                        && !TakesBack(s.Tokens[clause.Head].Value))
                    {
                        actors = SubjectActors(s, clause);
                        from = clause.FirstToken();
                    }
                }
                // "pledged 2 billion dollars in assistance to Ukraine", "will provide aid to Sudan": material aid pledged,
                // promised or that one will give is a commitment of it ("will stress its support for X" is not).
                var carrier = k >= 0 ? s.Clauses.LastOrDefault(c => c.VerbEnd <= i && c.Head < i && c.End >= i) : null;
                var pledged = StanceLexicon.AidNouns.Contains(s.Tokens[i].Value) && s.Tokens[i].Value.ToLowerInvariant() is not ("support" or "backing" or "help")
                    && carrier is not null && actors.Count > 0
                    && (s.Tokens[carrier.Head].Value.ToLowerInvariant() is "pledge" or "pledges" or "pledged" or "pledging" or "promise" or "promises" or "promised" or "promising"
                        || Promised(carrier) && LightVerbs.Contains(s.Tokens[carrier.Head].Value));
                foreach (var target in targets)
                {
                    var stance = pledged ? StanceClass.CommittedTo : StanceOf(entry, target);
                    foreach (var actor in actors) Add(s, from, target.EndToken, entry.Phrase, stance == StanceClass.Supports ? RelationshipType.Supports : RelationshipType.CommittedTo, actor, target, "stance.noun");
                }
                break;
            }
        }
    }

    /// <summary>
    /// "voiced firm backing for", "gave strong support to": a form that could be a verb is the noun a light verb
    /// carries when adjectives stand between them (a verb group never follows an adjective).
    /// </summary>
    private static bool ObjectOfLightVerb(SentenceView s, int i)
    {
        var j = i - 1;
        var adjectives = 0;
        while (j >= 0 && i - j <= 4 && (s.Classes[j] == WordClass.Adverb || s.Classes[j] == WordClass.Word && char.IsLower(s.Tokens[j].Value[0])
            || s.Classes[j] is WordClass.Comma or WordClass.Coordinator && adjectives > 0 && j > 0 && s.Classes[j - 1] == WordClass.Word))
        {
            if (s.Classes[j] == WordClass.Word) adjectives++;
            j--;
        }
        return adjectives > 0 && j >= 0 && LightVerbs.Contains(s.Tokens[j].Value);
    }

    /// <summary>
    /// "among the strongest advocates of", "the leading backers of", "France's pledge of": a form that could be a verb is a
    /// noun after an article or a possessive and at most three adjectives (a verb group never follows either).
    /// </summary>
    private static bool AfterDeterminer(SentenceView s, int i)
    {
        var j = i - 1;
        while (j >= 0 && i - j <= 3 && s.Classes[j] == WordClass.Word && char.IsLower(s.Tokens[j].Value[0]) && s.Context.MentionEndingAt(s.Tokens[j].End) is null) j--;
        return j >= 0 && (s.Classes[j] == WordClass.Determiner && s.Tokens[j].Value.ToLowerInvariant() is "the" or "a" or "an" || s.Classes[j] == WordClass.Possessive);
    }

    /// <summary>Whether a name starts at <paramref name="k"/>, after at most a determiner or "and".</summary>
    private static bool MentionAfter(SentenceView s, int k)
    {
        while (k < s.Tokens.Count && s.Classes[k] is WordClass.Determiner or WordClass.Coordinator) k++;
        return k < s.Tokens.Count && s.Context.MentionStartingAt(s.Tokens[k].Start) is not null;
    }

    /// <summary>Verbs whose subject is given a stance by someone else: "the plan received support from Japan", "it won the backing of France".</summary>
    private static readonly FrozenSet<string> ReceiveVerbs = new[]
    {
        "receive", "receives", "received", "receiving", "win", "wins", "won", "winning", "get", "gets", "got", "gain", "gains", "gained",
        "enjoy", "enjoys", "enjoyed", "secure", "secures", "secured", "draw", "draws", "drew", "drawn", "attract", "attracts", "attracted",
        // "the corridor has the backing of Norway": to have someone's support is to receive it.
        "have", "has", "had", "having",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The plan received firm support from Peru and Chile", "the plan won the backing of France": the
    /// actor follows "from" or "of", the target is the receiving clause's subject.
    /// </summary>
    private bool ReceivedSupport(SentenceView s, int noun, StancePredicateEntry[] entries)
    {
        // "won support from X", "received a pledge from X": support, or a commitment, that the subject receives.
        var entry = entries.FirstOrDefault(e => e.Class is StanceClass.Supports or StanceClass.CommittedTo);
        if (entry is null) return false;
        var j = noun - 1;
        // "received a fresh 50 million dollar pledge from": adjectives and an amount before the noun.
        while (j >= 0 && (s.Classes[j] is WordClass.Determiner or WordClass.Adverb || s.Classes[j] == WordClass.Word && char.IsLower(s.Tokens[j].Value[0])
            || ProjectWords.IsAmountWord(s.Tokens[j].Value) && !ReceiveVerbs.Contains(s.Tokens[j].Value))) j--; // "won" is also a currency
        if (j < 0 || !ReceiveVerbs.Contains(s.Tokens[j].Value)) return false;
        var clause = s.Clauses.LastOrDefault(c => c.Head == j);
        if (clause is null || Blocked(s, clause)) return false;
        // "Soto's call for 'an end to the fishing war' received support": a subject the clause reader could not delimit
        // (quotes inside it) is the possessor's proposal before the verb.
        if ((clause.SubjectRange() ?? PossessedSubject(s, j)) is not { } subject) return false;
        var by = noun + 1;
        if (by >= s.Tokens.Count || s.Tokens[by].Value.ToLowerInvariant() is not ("from" or "of")) return false;
        var end = by + 1;
        while (end < s.Tokens.Count && (s.Classes[end] is WordClass.Word or WordClass.Determiner or WordClass.Coordinator or WordClass.Possessive
            || s.Classes[end] == WordClass.Punctuation && s.Tokens[end].Value is "-" or "."
            || s.Classes[end] == WordClass.Comma && MentionAfter(s, end + 1))) end++;
        var actors = ActorsIn(s, by + 1, end, resolvePronouns: false);
        if (actors.Count == 0) return true;
        var target = Receiver(s, subject);
        // "A delegate said Soto's call for peace received support": the subject read may be only the end of the phrase.
        if (target is null && PossessedSubject(s, j) is { } possessed)
        {
            subject = possessed;
            target = Receiver(s, subject);
        }
        if (target is null) return true;
        var from = Math.Max(0, s.Tokens.FindIndex(t => t.Start >= target.Start));
        if (from >= s.Tokens.Count || s.Tokens[from].Start > s.Tokens[subject.End - 1].End) from = subject.Start;
        var relation = entry.Class == StanceClass.Supports ? RelationshipType.Supports : RelationshipType.CommittedTo;
        foreach (var actor in actors) Add(s, from, end, entry.Phrase, relation, actor, new Target(target, end, false, null), "stance.received");
        return true;
    }

    private static bool IsVerbGroupHead(SentenceView s, int i) => s.Clauses.Any(c => c.Head == i);

    /// <summary>
    /// Who or what receives support, in a subject phrase: the named undertaking, country or organisation that ends it,
    /// else the country of a person in it ("Clark's call received support from Japan").
    /// </summary>
    private static Mention? Receiver(SentenceView s, (int Start, int End) subject)
    {
        for (var k = subject.End - 1; k >= subject.Start; k--)
        {
            foreach (var m in s.Context.MentionsStartingAt(s.Tokens[k].Start))
            {
                if (m.Label is NodeLabel.Project or NodeLabel.Organization or NodeLabel.Country && m.Kind != MentionKind.Demonym) return m;
            }
        }
        for (var k = subject.End - 1; k >= subject.Start; k--)
        {
            if (s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(m => m.Label == NodeLabel.Person) is { } person
                && s.Context.People.Get(person.Key)?.Country is { } country && s.Context.Mentions.FirstOrDefault(m => m.Label == NodeLabel.Country && m.Key == country) is { } countryMention)
            {
                return countryMention;
            }
        }
        return null;
    }

    /// <summary>
    /// The nearest "X's call", "X's proposal" before token <paramref name="verb"/>, after the last verb of saying: the
    /// range of X and its noun; null when there is none.
    /// </summary>
    private static (int Start, int End)? PossessedSubject(SentenceView s, int verb)
    {
        for (var k = verb - 2; k > 0; k--)
        {
            // A verb of another clause ends the search; an infinitive inside the phrase ("to protect stocks") does not.
            if (s.Classes[k] is WordClass.Verb && k < verb - 1 && !s.Tokens[k].Value.EndsWith("ing", StringComparison.Ordinal) && s.Tokens[k - 1].Value != "to") return null;
            if (s.Classes[k] != WordClass.Possessive || k + 1 >= verb || !ProposalNouns.Contains(s.Tokens[k + 1].Value)) continue;
            if (s.Context.MentionEndingAt(s.Tokens[k - 1].End) is not { Label: NodeLabel.Person or NodeLabel.Country or NodeLabel.Organization } owner) continue;
            var start = s.Tokens.FindIndex(t => t.Start >= owner.Start);
            return (start, k + 2);
        }
        return null;
    }

    /// <summary>
    /// The "by" that introduces a participle's agent, past adverbs and the place and time it happened ("signed in Addis
    /// Ababa on Tuesday by Ethiopia and Somalia"), or -1.
    /// </summary>
    private static int AgentBy(SentenceView s, int k)
    {
        for (var n = 0; k < s.Tokens.Count && n < 9; k++, n++)
        {
            var t = s.Tokens[k];
            if (t.Value.Equals("by", StringComparison.OrdinalIgnoreCase)) return k;
            var c = s.Classes[k];
            if (c is WordClass.Adverb or WordClass.Time or WordClass.Determiner) continue;
            if (t.Value is "in" or "on" or "at" or "during" && n < 6) continue;
            if (t.Value is "last" or "next" or "this" or "earlier" or "later" or "early" or "late" && k + 1 < s.Tokens.Count && s.Classes[k + 1] == WordClass.Time) continue;
            // Names of the place: "in Addis Ababa", "at the Lima summit".
            if (t.IsWord && t.IsCapitalized && k > 0 && s.Tokens[k - 1].Value is not "," && n > 0) continue;
            if (t.IsWord && t.Value.Length > 0 && char.IsDigit(t.Value[0])) continue;
            // "at the Lima summit": a place's noun after its name.
            if (t.IsWord && char.IsLower(t.Value[0]) && n > 1 && s.Tokens[k - 1].IsWord && s.Tokens[k - 1].IsCapitalized) continue;
            return -1;
        }
        return -1;
    }

    /// <summary>Words saying an act is still to come ("the early signing of").</summary>
    private static readonly FrozenSet<string> PendingWords = new[]
    {
        "early", "speedy", "swift", "quick", "prompt", "future", "planned", "expected", "possible", "proposed", "prospective", "eventual", "timely",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of the act of binding oneself to an undertaking.</summary>
    private static readonly FrozenSet<string> ActNouns = new[] { "signing", "ratification", "adoption", "conclusion", "signature" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "hailed the signing of the Lake Chad Compact by Chad and Niger": the act named by a noun, with its agent after
    /// "by", commits the agent as the verb would.
    /// </summary>
    private void ReadActNouns(SentenceView s)
    {
        for (var i = 0; i + 4 < s.Tokens.Count; i++)
        {
            if (!ActNouns.Contains(s.Tokens[i].Value) || s.Tokens[i + 1].Value != "of") continue;
            var k = i + 2;
            while (k < s.Tokens.Count && s.Classes[k] == WordClass.Determiner) k++;
            if (k >= s.Tokens.Count || s.Context.MentionsStartingAt(s.Tokens[k].Start).FirstOrDefault(m => m.Label == NodeLabel.Project) is not { } project) continue;
            var after = k;
            while (after < s.Tokens.Count && s.Tokens[after].End <= project.End) after++;
            var by = AgentBy(s, after);
            if (by < 0) continue;
            var agentEnd = by + 1;
            while (agentEnd < s.Tokens.Count && (s.Classes[agentEnd] is WordClass.Word or WordClass.Coordinator or WordClass.Determiner || s.Classes[agentEnd] == WordClass.Comma && MentionAfter(s, agentEnd + 1)
                || s.Tokens[agentEnd].Value is "." or "-" && agentEnd + 1 < s.Tokens.Count && s.Tokens[agentEnd + 1].Start == s.Tokens[agentEnd].End)) agentEnd++;
            var agents = ActorsIn(s, by + 1, agentEnd, resolvePronouns: false);
            // A denial, hedge or negation of the clause that holds the noun, or of any clause governing it ("denied the signing
            // of ...", "Peru denied that Chile hailed the signing of ..."), or an urging one, says the act did not bind.
            var holder = s.Clauses.LastOrDefault(c => c.VerbEnd <= i);
            if (holder is not null && (Blocked(s, holder) || DenialVerbs.Contains(s.Tokens[holder.Head].Value) || AdvocacyVerbs.Contains(s.Tokens[holder.Head].Value))) continue;
            // "urged the early signing of X by Y", "the planned ratification of X by Y": an act still to come has not bound Y.
            if (i > 0 && PendingWords.Contains(s.Tokens[i - 1].Value)) continue;
            foreach (var agent in agents) Add(s, i, agentEnd, s.Tokens[i].Value, RelationshipType.CommittedTo, agent, new Target(project, agentEnd, false, null), "stance.act-noun");
        }
    }

    /// <summary>Nouns of backing that a sentence may open with: "With the backing of the EIB, the railway will ...".</summary>
    private static readonly FrozenSet<string> FrontedBackingNouns = new[] { "backing", "support", "help", "funding", "financing", "assistance" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "With the backing of the European Investment Bank (EIB), the Via Baltica upgrade will begin", "With funding from
    /// Japan, Kenya will build ...": whoever backs, funds or helps supports what the main clause is about.
    /// </summary>
    private void ReadFrontedBacking(SentenceView s)
    {
        var t = s.Tokens;
        if (t.Count < 8 || t[0].Value != "With") return;
        var k = 1;
        while (k < t.Count && k < 4 && (s.Classes[k] is WordClass.Determiner || t[k].IsWord && char.IsLower(t[k].Value[0]) && !FrontedBackingNouns.Contains(t[k].Value))) k++;
        if (k + 2 >= t.Count || !FrontedBackingNouns.Contains(t[k].Value) || t[k + 1].Value is not ("of" or "from")) return;
        var noun = k;
        var comma = k + 2;
        while (comma < t.Count && comma < k + 14 && s.Classes[comma] != WordClass.Comma) comma++;
        if (comma >= t.Count || s.Classes[comma] != WordClass.Comma) return;
        // The backer, with its acronym in brackets if it has one: "the European Investment Bank (EIB)".
        var actors = ActorsIn(s, noun + 2, comma, resolvePronouns: false);
        if (actors.Count == 0) return;
        Mention? target = null;
        for (var j = comma + 1; j < t.Count && j < comma + 8 && target is null; j++)
        {
            if (s.Classes[j] is WordClass.Verb or WordClass.Auxiliary or WordClass.Modal) break;
            target = s.Context.MentionsStartingAt(t[j].Start).Where(m => m.Label.IsEntity() && m.Label != NodeLabel.Person && m.Kind != MentionKind.Demonym).MaxBy(m => m.End);
        }
        if (target is null) return;
        // "With the backing of Japan, the railway could not be built": a negated or hedged main clause states no backing.
        if (s.Clauses.FirstOrDefault(c => c.VerbStart > comma) is { } main && Blocked(s, main)) return;
        var to = t.FindIndex(x => x.Start >= target.End);
        foreach (var actor in actors) Add(s, 0, to < 0 ? t.Count : to, t[noun].Value, RelationshipType.Supports, actor, new Target(target, to < 0 ? t.Count : to, false, null), "stance.fronted");
    }

    /// <summary>
    /// Passives and reduced relatives: "X was welcomed by Y", "the accord, signed by Y and Z," and "a plan
    /// backed by Y": the agent after "by" stands for what precedes the participle.
    /// </summary>
    private void ReadParticiples(SentenceView s)
    {
        for (var i = 0; i + 1 < s.Tokens.Count; i++)
        {
            var entries = _lexicon.Verbs(s.Tokens[i].Value);
            if (entries.Length == 0) continue;
            var value = s.Tokens[i].Value;
            if (!(value.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || value.EndsWith("en", StringComparison.OrdinalIgnoreCase) || value.EndsWith("wn", StringComparison.OrdinalIgnoreCase))) continue;
            var by = AgentBy(s, i + 1);
            if (by < 0) continue;
            // "a consensus agreed by ASEAN": in the passive the frame's preposition ("agree on") has gone with its object.
            var entry = entries.FirstOrDefault(e => e.FrameWords.Length == 0) ?? entries.FirstOrDefault(e => e.FrameWords.Length == 1 && IsPreposition(e.FrameWords[0]));
            if (entry is null || entry.Class is StanceClass.Opposes or StanceClass.Negates) continue;
            var agentEnd = by + 1;
            // The agent ends where the clause goes on, or at a time phrase ("by Peru and Chile last year").
            while (agentEnd < s.Tokens.Count && s.Classes[agentEnd] is not (WordClass.Comma or WordClass.Boundary or WordClass.Quote or WordClass.Preposition or WordClass.Verb or WordClass.Auxiliary or WordClass.Modal or WordClass.Subordinator or WordClass.Relative or WordClass.To or WordClass.Time)
                && !((s.Tokens[agentEnd].Value is "last" or "next" or "this" or "that" || WordClasses.IsCount(s.Tokens[agentEnd].Value)) && agentEnd + 1 < s.Tokens.Count && s.Classes[agentEnd + 1] == WordClass.Time)
                || i > 0 && agentEnd < s.Tokens.Count && s.Classes[agentEnd] == WordClass.Comma && MentionAfter(s, agentEnd + 1)) agentEnd++;
            var agents = ActorsIn(s, by + 1, agentEnd, resolvePronouns: false);
            if (agents.Count == 0) continue;
            // What undergoes it: the passive clause's subject, or the phrase the participle follows.
            var clause = s.Clauses.FirstOrDefault(c => c.Head == i && c.Passive);
            if (clause is not null && (clause.Negated || clause.Conditional || clause.Question || NegativeSubject(s, clause) || clause.Modal is { } m && HedgingModals.Contains(m))) continue;
            Mention? target = null;
            if (clause?.SubjectRange() is { } range)
            {
                for (var k = range.End - 1; k >= range.Start && target is null; k--)
                {
                    target = s.Context.MentionEndingAt(s.Tokens[k].End) is { } t && t.Label.IsEntity() && t.Kind != MentionKind.Demonym ? t : null;
                }
            }
            else if (clause is null && i == 0)
            {
                // "Backed by the AU, the railway will...": a participle opening the sentence describes the subject after its comma.
                // The agent's acronym in brackets belongs to it: "Backed by the Andean Community (CAN), the railway".
                var comma = agentEnd;
                if (comma + 2 < s.Tokens.Count && s.Tokens[comma].Value == "(" && s.Tokens[comma + 2].Value == ")") comma += 3;
                if (comma >= s.Tokens.Count || s.Classes[comma] != WordClass.Comma) continue;
                for (var k = comma + 1; k < s.Tokens.Count && k < comma + 8 && target is null; k++)
                {
                    if (s.Classes[k] is WordClass.Verb or WordClass.Auxiliary or WordClass.Modal or WordClass.Comma or WordClass.Boundary) break;
                    target = s.Context.MentionsStartingAt(s.Tokens[k].Start).Where(t => t.Label.IsEntity() && t.Label != NodeLabel.Person && t.Kind != MentionKind.Demonym).MaxBy(t => t.End);
                }
            }
            else if (clause is null)
            {
                var k = i - 1;
                while (k >= 0 && s.Classes[k] is WordClass.Adverb or WordClass.Comma) k--;
                if (k >= 0 && s.Context.MentionEndingAt(s.Tokens[k].End) is { } t && t.Label.IsEntity() && t.Kind != MentionKind.Demonym) target = t;
            }
            if (target is null || target.Label == NodeLabel.Conflict) continue;
            var relation = entry.Class == StanceClass.Supports ? RelationshipType.Supports : RelationshipType.CommittedTo;
            var from = Math.Max(0, s.Tokens.FindIndex(t => t.Start >= target.Start));
            var to = agentEnd;
            // "Backed by the AU, the railway ...": the evidence runs from the participle to what it describes.
            if (from >= agentEnd)
            {
                to = s.Tokens.FindIndex(from, t => t.Start >= target.End);
                if (to < 0) to = s.Tokens.Count;
                from = i;
            }
            foreach (var agent in agents) Add(s, from, to, entry.Phrase, relation, agent, new Target(target, agentEnd, false, null), "stance.passive");
        }
    }

    /// <summary>"U.S.-backed rebels": the name before the hyphen backs the name the compound modifies.</summary>
    private void ReadCompounds(SentenceView s)
    {
        for (var i = 2; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i - 1].Value != "-" || s.Tokens[i - 1].Start != s.Tokens[i - 2].End) continue;
            var entry = _lexicon.Verbs(s.Tokens[i].Value).FirstOrDefault(e => e.FrameWords.Length == 0 && e.Class == StanceClass.Supports);
            if (entry is null || !s.Tokens[i].Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            if (s.Context.MentionEndingAt(s.Tokens[i - 2].End) is not { } owner || AsActor(s.Context, owner) is not { } actor) continue;
            for (var k = i + 1; k < s.Tokens.Count && k < i + 5 && s.Classes[k] is not (WordClass.Preposition or WordClass.Of or WordClass.To or WordClass.Comma); k++)
            {
                if (s.Context.MentionStartingAt(s.Tokens[k].Start) is { } m && m.Label.IsEntity() && m.Key != actor.Mention.Key && m.Label != NodeLabel.Conflict)
                {
                    var after = k;
                    while (after < s.Tokens.Count && s.Tokens[after].End <= m.End) after++;
                    var fromToken = s.Tokens.FindIndex(t => t.Start >= owner.Start);
                    Add(s, Math.Max(0, fromToken), after, entry.Phrase, RelationshipType.Supports, actor, new Target(m, after, false, null), "stance.compound");
                    break;
                }
            }
        }
    }

    /// <summary>Heads of projects that belong to whoever put them forward: "Canada's five-point programme".</summary>
    private static readonly FrozenSet<string> OwnedHeads = new[]
    {
        "plan", "programme", "program", "proposal", "proposals", "package", "initiative", "approach", "scheme", "strategy", "reform", "reforms",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Canada's five-point programme", "the Australian plan": a country or organisation that puts a plan forward
    /// supports it. Only for proposals and programmes (a plan's owner backs it), never for treaties or pipelines,
    /// which are shared by their parties.
    /// </summary>
    private static void AddOwners(ExtractionContext context)
    {
        foreach (var project in context.Mentions.Where(m => m.Label == NodeLabel.Project).ToList())
        {
            var words = project.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !OwnedHeads.Contains(words[^1])) continue;
            var tokens = context.Tokens[project.Sentence];
            var first = tokens.FindIndex(t => t.Start >= project.Start);
            if (first < 1) continue;
            var k = first - 1;
            var possessive = tokens[k].Value is "'s" or "’s" && k > 0;
            if (possessive) k--;
            if (context.MentionEndingAt(tokens[k].End) is not { Label: NodeLabel.Country or NodeLabel.Organization } owner) continue;
            // "the Iran arms program", "the Ukraine aid package": a country's bare name before a noun that describes
            // the plan is what the plan is about or for, not who put it forward ("Iran's plan", "the Iranian plan", "the U.S. plan").
            if (!possessive && owner is { Label: NodeLabel.Country, Kind: MentionKind.Name } && words.Length > 1 && words[..^1].Any(w => w.Length > 0 && char.IsLower(w[0]))) continue;
            // "the contra program": a name written in lower case before the head is what the program is for, not its author.
            if (!possessive && char.IsLower(owner.Surface[0])) continue;
            var actor = AsActor(context, owner);
            if (actor is null) continue;
            context.Facts.Add(new FactCandidate(RelationshipType.Supports, actor.Value.Mention.Label, actor.Value.Mention.Key, NodeLabel.Project, project.Key,
                project.Sentence, owner.Start, project.End, "stance.owner", 0.5, [new("predicate", "'s " + words[^1])]));
        }
    }

    private readonly record struct Actor(Mention Mention, string? Person);

    /// <summary>A person who speaks for a country acts for it: the fact is the country's, the person is kept.</summary>
    private static Actor? AsActor(ExtractionContext context, Mention m)
    {
        switch (m.Label)
        {
            case NodeLabel.Country or NodeLabel.Organization:
                return new Actor(m, null);
            case NodeLabel.Person:
            {
                // "his plan": a possessive pronoun qualifies a noun; it does not act.
                if (m.Kind == MentionKind.Pronoun && m.Surface.ToLowerInvariant() is "his" or "her") return null;
                var person = context.People.Get(m.Key);
                if (person?.Country is { } country)
                {
                    return new Actor(m with { Label = NodeLabel.Country, Key = country }, person.Name);
                }
                return new Actor(m, null);
            }
            default:
                return null;
        }
    }

    /// <summary>Nouns that, after "his", "her" or "our", stand for the person's own country.</summary>
    private static readonly FrozenSet<string> OwnCountryHeads = new[] { "country", "government", "nation", "administration", "delegation", "cabinet" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for one person who speaks for a country: "Chile's foreign minister said his country ...".</summary>
    private static readonly FrozenSet<string> EnvoyHeads = new[]
    {
        "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "leader",
        "secretary", "king", "queen", "emir", "prince", "representative", "delegate", "negotiator",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The country of the person a possessive pronoun stands for ("his", "her"; "our" inside that person's statement), or null.
    /// When no named person is resolved, "his" is the one person of an earlier clause's subject who speaks for a country:
    /// "Chile's foreign minister said his country would sign" is Chile.
    /// </summary>
    private static Actor? OwnCountry(SentenceView s, int at)
    {
        var pronoun = s.Tokens[at];
        switch (pronoun.Value.ToLowerInvariant())
        {
            case "his" or "her":
                foreach (var m in s.Context.MentionsStartingAt(pronoun.Start))
                {
                    if (m.Label == NodeLabel.Person) return s.Context.People.Get(m.Key) is { Country: { } country } person
                        ? new Actor(m with { Label = NodeLabel.Country, Key = country }, person.Name) : null;
                }
                for (var ci = s.Clauses.Count - 1; ci >= 0; ci--)
                {
                    var c = s.Clauses[ci];
                    if (c.VerbStart >= at || c.SubjectStart < 0 || c.SubjectEnd > at) continue;
                    if (c.SubjectEnd <= c.SubjectStart || !EnvoyHeads.Contains(s.Tokens[c.SubjectEnd - 1].Value)) return null;
                    var countries = ActorsIn(s, c.SubjectStart, c.SubjectEnd, resolvePronouns: false).Where(a => a.Mention.Label == NodeLabel.Country).ToList();
                    return countries.Count == 1 ? countries[0] : null;
                }
                return null;
            case "our":
                return WeAt(s.Context, pronoun) is { Mention.Label: NodeLabel.Country } we ? we : null;
            case "the" when at + 1 < s.Tokens.Count && s.Tokens[at + 1].Value.ToLowerInvariant() is "government" or "administration" or "cabinet":
                // "Pakistan's planning minister said the government remained committed to X": the government is the one
                // the speaker serves, when the saying's subject names exactly one country.
                for (var ci = s.Clauses.Count - 1; ci >= 0; ci--)
                {
                    var c = s.Clauses[ci];
                    if (c.VerbEnd > at || c.SubjectStart < 0 || c.SubjectEnd > at) continue;
                    if (!SayingVerbs.Contains(s.Tokens[c.Head].Value)) return null;
                    var countries = ActorsIn(s, c.SubjectStart, c.SubjectEnd, resolvePronouns: false).Where(a => a.Mention.Label == NodeLabel.Country)
                        .DistinctBy(a => a.Mention.Key).ToList();
                    return countries.Count == 1 ? countries[0] with { Person = null } : null;
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>Verbs of saying whose subject speaks for "the government" in what it says.</summary>
    private static readonly FrozenSet<string> SayingVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "added", "stated", "announced", "declared", "insisted", "stressed", "explained",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"we", "our" inside a statement: its speaker (and so the speaker's country).</summary>
    private static Actor? WeAt(ExtractionContext context, Token token)
    {
        if (token.Value.ToLowerInvariant() is not ("we" or "our" or "us")) return null;
        var statement = context.Statements.FirstOrDefault(st => token.Start >= st.Start && token.End <= st.End);
        if (statement is null) return null;
        var mention = new Mention(token.Start, token.End, -1, NodeLabel.Person, statement.SpeakerKey, token.Value, MentionKind.Pronoun, "stance.we");
        return AsActor(context, mention);
    }

    private static void Add(SentenceView s, int fromToken, int toToken, string predicate, RelationshipType relation, Actor actor, Target target, string rule)
    {
        if (actor.Mention.Label == target.Mention.Label && actor.Mention.Key == target.Mention.Key) return;
        if (target.Described is { } core) DescribedUndertaking.Materialise(s.Context, target.Mention, core == target.Mention.Surface ? null : core);
        // A person who speaks for the actor's own country is on the actor's side, not a target.
        if (target.Mention.Label == NodeLabel.Person && s.Context.People.Get(target.Mention.Key)?.Country is { } country
            && actor.Mention.Label == NodeLabel.Country && actor.Mention.Key == country) return;
        var tokens = s.Tokens;
        var start = tokens[Math.Clamp(fromToken, 0, tokens.Count - 1)].Start;
        var end = tokens[Math.Clamp(toToken - 1, 0, tokens.Count - 1)].End;
        if (end < start) (start, end) = (end, start);
        var properties = new List<KeyValuePair<string, object>> { new("predicate", predicate) };
        if (actor.Person is not null) properties.Add(new("person", actor.Person));
        if (target.EndAim) properties.Add(new("aim", "end"));
        s.Context.Facts.Add(new FactCandidate(relation, actor.Mention.Label, actor.Mention.Key, target.Mention.Label, target.Mention.Key,
            s.Index, start, end, rule, actor.Mention.Kind == MentionKind.Pronoun ? 0.6 : 0.7, properties));
    }
}
