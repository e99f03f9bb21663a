using Graph.Extraction.Gazetteers;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Speech;

/// <summary>
/// Finds who said what. Around each speech verb it looks for the speaker (a person mention, or "he"/"she"
/// resolved to the person last speaking or named) and for what was said: the quotation attached to the
/// attribution (<c>“...,” he said</c>, <c>X said: "..."</c>) or, for reported speech, the clause after the
/// verb (<c>X said (that) ...</c>) or before the attribution (<c>..., X said.</c>).
/// </summary>
public sealed class SpeechRecognizer : IExtractionStep
{
    private readonly PhraseMatcher<SpeechVerbEntry> _verbs;

    /// <summary>Words that may stand between the speaker and the verb: "Lavrov also said", "He, however, stressed".</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "however", "further", "again", "later", "earlier", "then", "repeatedly", "separately", "previously",
        "once", "had", "has", "have", "was", "is", "would", "will", "has", "recently", "today", "yesterday", "publicly",
        "firmly", "strongly", "clearly", "specifically", "explicitly", "openly", "reportedly", "had", "further",
    };

    /// <summary>Builds the verb matcher once.</summary>
    public SpeechRecognizer(Gazetteer gazetteer)
    {
        _verbs = gazetteer.SpeechVerbMatcher;
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var people = PersonMentionsByStart(context);
        var namedAt = NamedMentionStarts(context);
        var taken = new HashSet<(int, int)>();
        var lastSpeakerByParagraph = new Dictionary<int, Speaker>();
        // Paragraphs holding an attribution of their own, found or not: a quotation there is not a continuation.
        var attributed = new HashSet<int>();
        (Speaker Speaker, int Paragraph, int At)? lastUnnamed = null;
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var sentence = context.Sentences[s];
            var tokens = context.Tokens[s];
            Speaker? sentenceSpeaker = null;
            int contentStart = -1, contentEnd = -1;
            for (var v = 0; v < tokens.Count; v++)
            {
                var (length, verb) = _verbs.MatchAt(tokens, v);
                if (length == 0 || verb is null) continue;
                if (context.QuoteAt(tokens[v].Start) is not null) continue; // "said" inside someone's quotation
                // A participle is speech only in ", saying ..." — "a plan calling for" is not a statement.
                // "saying" is speech without the comma too when a clause follows it ("... integrity saying its commitment will remain").
                if (verb.Kind != "source" && tokens[v].Value.EndsWith("ing", StringComparison.Ordinal) && (v == 0 || tokens[v - 1].Value != ",") && !IsSayingClause(tokens, v)) continue;
                // "the alleged plot", "on reported talks": a participle after a determiner or preposition is an adjective.
                if (v > 0 && tokens[v].Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    && tokens[v - 1].Value.ToLowerInvariant() is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "of" or "on" or "in" or "for" or "about" or "over" or "against" or "with" or "by") continue;
                attributed.Add(sentence.Paragraph);
                if (IsUnrealised(tokens, v, verb)) continue;
                var verbEnd = v + length;
                var isSource = verb.Kind == "source";
                var takesAddressee = verb.Kind == "address";
                if (IsPassive(tokens, v))
                {
                    // "X was quoted as saying ...": X speaks. Any other passive ("was told", "is said to") names no speaker as its subject.
                    if (!(isSource && verbEnd + 1 < tokens.Count && tokens[verbEnd].Value == "as" && _verbs.MatchAt(tokens, verbEnd + 1) is { Length: > 0 } asVerb)) continue;
                    isSource = false;
                    takesAddressee = asVerb.Value?.Kind == "address";
                    verbEnd += 1 + asVerb.Length;
                }
                var subjectStart = tokens[v].Start;
                var speaker = isSource ? null : SpeakerBefore(context, tokens, v, ref subjectStart, k => _verbs.MatchAt(tokens, k).Length > 0);
                // "He noted that ... and said ...": a second verb shares the subject of the first.
                if (speaker is null && !isSource && sentenceSpeaker is not null && v > 0 && tokens[v - 1].Value == "and")
                {
                    speaker = sentenceSpeaker;
                    subjectStart = tokens[v - 1].Start;
                }
                if (speaker is null && !isSource && UnnamedSource.Before(context, tokens, SubjectEnd(tokens, v)) is { } unnamed)
                {
                    speaker = Speaker.Unnamed(unnamed.Text);
                    subjectStart = unnamed.Start;
                }
                // "he said" right after "a senior official said", with no one named since: the official goes on speaking.
                if (speaker is { ViaPronoun: true } pronoun && lastUnnamed is { } recent && recent.Speaker.IsPersonal
                    && recent.Paragraph >= sentence.Paragraph - 1 && IsBarePronoun(context, subjectStart)
                    && !NamedBetween(namedAt, pronoun.Key, recent.At, subjectStart))
                {
                    speaker = recent.Speaker;
                }
                int afterVerb;
                var inverted = false;
                if (speaker is null)
                {
                    // Inverted attribution ("..., said Lavrov", "according to officials"): only when nothing before the verb is its subject.
                    if (!isSource && (takesAddressee || !OpensClause(tokens, v))) continue;
                    speaker = SpeakerAfter(tokens, verbEnd, people, out afterVerb);
                    if (speaker is null && UnnamedSource.After(context, tokens, SkipDeterminerlessAdverbs(tokens, verbEnd)) is { } after)
                    {
                        speaker = Speaker.Unnamed(after.Text);
                        afterVerb = TokenAtOrAfter(tokens, after.End);
                    }
                    if (speaker is null) continue;
                    if (!isSource) subjectStart = tokens[v].Start;
                    inverted = !isSource;
                    // "quoted Wallis as saying ...", "quoted Nakasone as telling reporters ...".
                    var addressee = false;
                    if (afterVerb + 1 < tokens.Count && tokens[afterVerb].Value == "as" && _verbs.MatchAt(tokens, afterVerb + 1) is { Length: > 0 } asVerb)
                    {
                        addressee = asVerb.Value?.Kind == "address";
                        afterVerb += 1 + asVerb.Length;
                        inverted = false;
                    }
                    afterVerb = AttributionTail.Skip(context, tokens, afterVerb, addressee);
                }
                else
                {
                    afterVerb = AttributionTail.Skip(context, tokens, verbEnd, takesAddressee);
                }
                var candidate = Content(context, sentence, tokens, afterVerb, subjectStart, speaker.Value, tokens[v..verbEnd], verb, inverted);
                if (candidate is null || !taken.Add((candidate.Start, candidate.End))) continue;
                (candidate.Source is null ? context.Statements : context.UnattributedStatements).Add(candidate);
                // An attribution inside what another speaker said ("X told reporters the report disclosed ... and said ...")
                // does not take over the sentence's subject.
                var embedded = tokens[v].Start >= contentStart && tokens[v].Start < contentEnd;
                if (!embedded || sentenceSpeaker is null) sentenceSpeaker = speaker;
                if (!embedded) (contentStart, contentEnd) = (candidate.Start, candidate.End);
                lastSpeakerByParagraph[sentence.Paragraph] = speaker.Value;
                if (speaker.Value.Source is not null) lastUnnamed = (speaker.Value, sentence.Paragraph, candidate.End);
                else if (!speaker.Value.ViaPronoun) lastUnnamed = null;
                v = verbEnd - 1;
            }
        }
        AddContinuations(context, lastSpeakerByParagraph, attributed, taken);
        AddRunOnParagraphs(context, taken);
    }

    /// <summary>
    /// A quotation over several paragraphs whose inner paragraphs lost their opening marks (common when web pages are
    /// copied): it opens in one paragraph and is never closed there, runs through paragraphs without any mark, and
    /// closes in a later paragraph before its attribution ("...,” the minister added). The paragraphs between belong
    /// to the speaker of that closing attribution, but only when the opening paragraph is found within a few
    /// paragraphs; otherwise the text between is not known to be quoted and nothing is added.
    /// </summary>
    private static void AddRunOnParagraphs(ExtractionContext context, HashSet<(int, int)> taken)
    {
        // Only a quotation closed without an opening mark in its paragraph can end such a run.
        if (!context.Quotes.Any(q => q.Open == q.ContentStart && q.IsClosed)) return;
        var paragraphs = context.Sentences.GroupBy(s => s.Paragraph).ToDictionary(g => g.Key, g => (Start: g.First().Start, End: g.Last().End, First: g.First().Index));
        var added = new List<StatementCandidate>();
        // A paragraph with a statement of its own is no inner paragraph of someone's quotation; a speech verb with no
        // speaker found ("We stressed the value of dialogue" inside the quotation) does not stop the run.
        var stated = new HashSet<int>();
        foreach (var c in context.Statements.Concat(context.UnattributedStatements)) stated.Add(context.Sentences[c.Sentence].Paragraph);
        // A quotation without an opening mark starts at its paragraph's start, which is a sentence's start.
        var closingOnly = new HashSet<int>();
        foreach (var q in context.Quotes) if (q.Open == q.ContentStart && q.IsClosed) closingOnly.Add(q.ContentStart);
        var paragraphAt = new Dictionary<int, int>();
        foreach (var sentence in context.Sentences) paragraphAt.TryAdd(sentence.Start, sentence.Paragraph);
        foreach (var list in new[] { context.Statements, context.UnattributedStatements })
        {
            foreach (var closing in list.ToList())
            {
                if (!closingOnly.Contains(closing.Start) || !paragraphAt.TryGetValue(closing.Start, out var paragraph)) continue;
                var between = new List<int>();
                int? opening = null;
                for (var p = paragraph - 1; p >= 0 && paragraph - p <= 6 && paragraphs.ContainsKey(p); p--)
                {
                    var (start, end, _) = paragraphs[p];
                    var quotes = context.Quotes.Where(q => q.Open >= start && q.Open < end).ToList();
                    if (quotes.Count == 0 && !stated.Contains(p)) { between.Add(p); continue; }
                    // The opening: the paragraph's last quotation runs unclosed to its end.
                    if (quotes.Count > 0 && !quotes[^1].IsClosed) opening = p;
                    break;
                }
                if (opening is not { } o) continue;
                // The opening quotation itself, unless a speaker of its own already has it.
                var (os, oe, ofirst) = paragraphs[o];
                var open = context.Quotes.Last(q => q.Open >= os && q.Open < oe);
                if (open.ContentEnd > open.ContentStart && taken.Add((open.ContentStart, open.ContentEnd)))
                {
                    var sentence = context.Sentences.First(x => x.Start <= open.Open && open.Open < x.End).Index;
                    added.Add(closing with { Start = open.ContentStart, End = open.ContentEnd, Sentence = sentence, EvidenceStart = open.Open, EvidenceEnd = open.ContentEnd, IsDirect = true, Verb = "", Rule = "said.run-on", Confidence = 0.7 });
                }
                foreach (var p in between)
                {
                    var (start, end, first) = paragraphs[p];
                    if (!taken.Add((start, end))) continue;
                    added.Add(closing with { Start = start, End = end, Sentence = first, EvidenceStart = start, EvidenceEnd = end, IsDirect = true, Verb = "", Rule = "said.run-on", Confidence = 0.7 });
                }
            }
        }
        foreach (var candidate in added.OrderBy(c => c.Start)) (candidate.Source is null ? context.Statements : context.UnattributedStatements).Add(candidate);
    }

    /// <summary>
    /// Newswire continues a speaker's quotation in the next paragraph without repeating who speaks: a paragraph
    /// that opens with a quotation and holds no attribution of its own belongs to the previous paragraph's speaker.
    /// </summary>
    private static void AddContinuations(ExtractionContext context, Dictionary<int, Speaker> lastSpeakerByParagraph, HashSet<int> attributed, HashSet<(int, int)> taken)
    {
        if (lastSpeakerByParagraph.Count == 0) return;
        var quoteAt = new Dictionary<int, Quote>();
        foreach (var q in context.Quotes) quoteAt.TryAdd(q.Open, q);
        foreach (var paragraph in context.Sentences.GroupBy(s => s.Paragraph))
        {
            if (attributed.Contains(paragraph.Key) || lastSpeakerByParagraph.ContainsKey(paragraph.Key)) continue;
            if (!lastSpeakerByParagraph.TryGetValue(paragraph.Key - 1, out var speaker)) continue;
            var first = paragraph.First();
            var quote = quoteAt.GetValueOrDefault(first.Start);
            if (quote.ContentEnd <= quote.ContentStart) continue;
            if (!taken.Add((quote.ContentStart, quote.ContentEnd))) continue;
            var candidate = new StatementCandidate(speaker.Key, quote.ContentStart, quote.ContentEnd, first.Index, quote.Open, Math.Max(quote.Close, first.End),
                IsDirect: true, Verb: "", Rule: "said.continuation", Confidence: 0.7, Source: speaker.Source);
            (speaker.Source is null ? context.Statements : context.UnattributedStatements).Add(candidate);
            lastSpeakerByParagraph[paragraph.Key] = speaker;
        }
    }

    /// <summary>
    /// A bare speech verb after a modal, "to" or "did" reports no statement made: "would tell", "declined to say",
    /// "did not comment". "went on to say" and "was quick to point out" do report one.
    /// </summary>
    private static bool IsUnrealised(List<Token> tokens, int v, SpeechVerbEntry verb)
    {
        var space = verb.Verb.IndexOf(' ', StringComparison.Ordinal);
        var baseWord = space < 0 ? verb.Verb : verb.Verb[..space];
        if (!tokens[v].Value.Equals(baseWord, StringComparison.OrdinalIgnoreCase)) return false;
        var k = v - 1;
        while (k >= 0 && tokens[k].Value.ToLowerInvariant() is "not" or "n't" or "also" or "never" or "only" or "still" or "then" or "now" or "further" or "publicly" or "again" or "ever") k--;
        if (k < 0 || !AttributionWords.Modals.Contains(tokens[k].Value)) return false;
        return !(tokens[k].Value.Equals("to", StringComparison.OrdinalIgnoreCase) && k > 0 && tokens[k - 1].Value.ToLowerInvariant() is "on" or "quick" or "hastened" or "moved");
    }

    /// <summary>A participle after a form of "be": "was told", "is said to", "were quoted".</summary>
    private static bool IsPassive(List<Token> tokens, int v)
    {
        var form = tokens[v].Value;
        if (!(form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || form.ToLowerInvariant() is "said" or "told" or "written")) return false;
        var k = v - 1;
        while (k >= 0 && tokens[k].Value.ToLowerInvariant() is "also" or "reportedly" or "not" or "widely" or "often" or "later" or "previously" or "once" or "repeatedly") k--;
        return k >= 0 && tokens[k].Value.ToLowerInvariant() is "is" or "was" or "were" or "are" or "been" or "being" or "be";
    }

    /// <summary>The last token of the subject before the verb, past adverbs: "officials also said" ends at "officials".</summary>
    private static int SubjectEnd(List<Token> tokens, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && Adverbs.Contains(tokens[i].Value)) i--;
        // "Two envoys, who would not give their names, said": skip a comma group after the phrase.
        if (i >= 0 && tokens[i].Value == ",")
        {
            var j = i - 1;
            while (j >= 0 && j > i - 16 && tokens[j].Value != ",") j--;
            if (j > 0 && j + 1 < i && tokens[j + 1].Value.ToLowerInvariant() is "who" or "speaking" or "asking" or "which" or "citing" or "quoted" or "according"
                || j > 0 && j + 1 < i && AttributionWords.Determiners.Contains(tokens[j + 1].Value) && char.IsLower(tokens[j + 1].Value[0]))
                return j - 1;
        }
        return i;
    }

    /// <summary>Whether the verb opens its clause: after punctuation or a quotation, or at the start of the sentence.</summary>
    private static bool OpensClause(List<Token> tokens, int v)
    {
        var i = v - 1;
        while (i >= 0 && Adverbs.Contains(tokens[i].Value)) i--;
        return i < 0 || tokens[i].Value is "," or ":" or ";" or "--" or "-" or "\"" or "\u201D" or "\u2019" or "'";
    }

    private static int SkipDeterminerlessAdverbs(List<Token> tokens, int i) => AttributionTail.SkipAdverbs(tokens, i);

    private static int TokenAtOrAfter(List<Token> tokens, int index) => Math.Min(index, tokens.Count);

    /// <summary>"he"/"she" itself, not a title resolved to a person ("the minister").</summary>
    private static bool IsBarePronoun(ExtractionContext context, int start) =>
        context.MentionStartingAt(start) is { Kind: MentionKind.Pronoun } m && m.Surface.ToLowerInvariant() is "he" or "she";

    /// <summary>Start offsets of every named mention of each person, in order.</summary>
    private static Dictionary<string, List<int>> NamedMentionStarts(ExtractionContext context)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var m in context.Mentions)
        {
            if (m.Label != NodeLabel.Person || m.Kind == MentionKind.Pronoun) continue;
            if (!map.TryGetValue(m.Key, out var list)) map[m.Key] = list = [];
            list.Add(m.Start);
        }
        foreach (var list in map.Values) list.Sort();
        return map;
    }

    /// <summary>Whether the person is named between two offsets.</summary>
    private static bool NamedBetween(Dictionary<string, List<int>> namedAt, string key, int from, int to)
    {
        if (!namedAt.TryGetValue(key, out var list)) return false;
        var i = list.BinarySearch(from);
        if (i < 0) i = ~i;
        return i < list.Count && list[i] < to;
    }

    /// <summary>
    /// Who speaks: a person of the document (<paramref name="Key"/>), or a source that names no person (<paramref name="Source"/>,
    /// with an empty key). <paramref name="IsPersonal"/>: the source is one unnamed person ("a senior official"), so "he" may continue it.
    /// </summary>
    private readonly record struct Speaker(string Key, bool ViaPronoun, string? Source = null, bool IsPersonal = false)
    {
        public static Speaker Unnamed(string source) => new("", false, source, IsOnePerson(source));

        private static bool IsOnePerson(string source)
        {
            var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = words.Length - 1;
            for (var i = 1; i < words.Length; i++)
            {
                if (words[i] is "of" or "for" or "at" or "from" or "in" or "close" or "familiar" or "with" or "on" or "to") { head = i - 1; break; }
            }
            return PersonalHeads.Contains(words[head]);
        }
    }

    /// <summary>Singular heads of an unnamed person: "he" after "a senior official said" may be that official.</summary>
    private static readonly HashSet<string> PersonalHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "source", "diplomat", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "analyst",
        "economist", "expert", "observer", "dealer", "trader", "banker", "executive", "negotiator", "delegate", "lawmaker",
        "legislator", "insider", "officer", "witness", "resident", "minister", "envoy", "mediator", "representative", "member",
        "leader", "ambassador", "investigator", "manager", "man", "woman", "person",
    };

    private static Dictionary<int, Mention> PersonMentionsByStart(ExtractionContext context)
    {
        var map = new Dictionary<int, Mention>();
        foreach (var m in context.Mentions)
        {
            if (m.Label == NodeLabel.Person) map[m.Start] = m;
        }
        return map;
    }

    /// <summary>"welcomed the deal saying it would help": "saying" after a word, with a clause of its own after it.</summary>
    private static bool IsSayingClause(List<Token> tokens, int v) =>
        tokens[v].Value == "saying" && v > 1 && tokens[v - 1].IsWord && v + 1 < tokens.Count
        // Not "quoted X as saying" (the quoting verb speaks), nor "without saying", "denied saying", "after saying".
        && tokens[v - 1].Value.ToLowerInvariant() is not ("as" or "of" or "without" or "after" or "before" or "by" or "for" or "from" or "about" or "while"
            or "when" or "denied" or "deny" or "denies" or "denying" or "against" or "avoid" or "avoided" or "stopped" or "kept" or "began" or "started")
        && tokens[v + 1].Value.ToLowerInvariant() is "it" or "its" or "that" or "he" or "she" or "they" or "we" or "the" or "his" or "her" or "their" or "there";

    /// <summary>
    /// The speaker written before the verb: a person (named, or a pronoun or title resolved by the
    /// <see cref="ReferenceResolver"/>), after an apposition ("Qureshi, the foreign minister, said"), a
    /// relative clause ("Chen Shibiao, who said") or a group led by the person ("He and other officials said").
    /// </summary>
    private static Speaker? SpeakerBefore(ExtractionContext context, List<Token> tokens, int verb, ref int subjectStart, Func<int, bool> isSpeechVerbAt)
    {
        // "Varga pledged to back the corridor, saying it would bring jobs": a participle after a comma speaks for the
        // person who is the sentence's subject, named in its first words. Not when the sentence already reports someone
        // else's words ("X said the bank was pressing them, arguing ..." argues for the bank), nor for a verb of telling.
        if (verb > 1 && (tokens[verb - 1].Value == "," || IsSayingClause(tokens, verb)) && tokens[verb].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !tokens[verb].Value.Equals("telling", StringComparison.OrdinalIgnoreCase))
        {
            for (var k = 0; k < verb - 1 && k < 8; k++)
            {
                foreach (var subject in context.MentionsStartingAt(tokens[k].Start))
                {
                    if (subject.Label != Model.NodeLabel.Person || subject.Surface.ToLowerInvariant() is "his" or "her") continue;
                    for (var j = k + 1; j < verb - 1; j++)
                    {
                        if (isSpeechVerbAt(j)) return null;
                    }
                    subjectStart = subject.Start;
                    return new Speaker(subject.Key, subject.Kind == MentionKind.Pronoun);
                }
            }
            return null;
        }
        var i = verb - 1;
        // Skip adverbs and the commas around them: "He, however, stressed".
        while (i >= 0 && (Adverbs.Contains(tokens[i].Value)
            || tokens[i].Value == "," && (i > 0 && Adverbs.Contains(tokens[i - 1].Value) || i + 1 < verb && Adverbs.Contains(tokens[i + 1].Value)))) i--;
        if (i < 0) return null;
        if (tokens[i].Value.Equals("who", StringComparison.OrdinalIgnoreCase) && i > 1 && tokens[i - 1].Value == ",") i -= 2;
        else if (tokens[i].Value == ",")
        {
            // "Oman's Minister of Energy, Salim al-Harthy, said": the name closes the apposition; otherwise skip back
            // over up to two comma groups ("Danjuma, Nigeria's water minister, who came with her, said").
            var comma = i;
            for (var group = 0; group < 3; group++)
            {
                var j = comma - 1;
                while (j >= 0 && j > comma - 32 && tokens[j].Value != "," && tokens[j].Value != "\u201D" && tokens[j].Value != "\"") j--;
                // "Wright, a Texas Democrat, said": an apposition opened by a lower-case determiner describes the speaker named before it.
                var apposition = j >= 0 && tokens[j].Value == "," && j + 1 < comma && tokens[j + 1].Value is "a" or "an" or "the";
                if (!apposition && comma > 0 && PersonEndingAt(context, tokens[comma - 1]) is { } named)
                {
                    subjectStart = named.Start;
                    return new Speaker(named.Key, named.Kind == MentionKind.Pronoun);
                }
                if (j <= 0 || tokens[j].Value != ",") return null;
                comma = j;
            }
            return null;
        }
        else if (LedGroup(context, tokens, i) is { } leader)
        {
            subjectStart = leader.Start;
            return new Speaker(leader.Key, leader.Kind == MentionKind.Pronoun);
        }
        if (PersonEndingAt(context, tokens[i]) is { } m)
        {
            // "an aide to Chirac said", "sources close to Reagan said": the person qualifies an unnamed speaker.
            if (IsQualifier(tokens, m)) return null;
            subjectStart = m.Start;
            return new Speaker(m.Key, m.Kind == MentionKind.Pronoun);
        }
        // "Priya Raghavan of the Centre for Energy Diplomacy in New Delhi said": a name and where the person is from.
        if (AffiliationPhrase(context, tokens, i) is { } affiliated)
        {
            subjectStart = affiliated.Start;
            return new Speaker(affiliated.Key, false);
        }
        return null;
    }

    /// <summary>Whether a person is named after "an aide to", "a spokesman for", "sources close to": the speaker is the unnamed head.</summary>
    private static bool IsQualifier(List<Token> tokens, Mention person)
    {
        var k = tokens.FindIndex(t => t.Start == person.Start) - 1;
        if (k < 1 || tokens[k].Value is not ("to" or "for" or "of" or "at" or "with" or "near")) return false;
        var before = tokens[k - 1].Value;
        return before is "close" or "near" or "familiar" || AttributionWords.SourceHeads.Contains(before) && char.IsLower(before[0]);
    }

    private static Mention? PersonEndingAt(ExtractionContext context, Token token) =>
        context.MentionEndingAt(token.End) is { Label: NodeLabel.Person } m && m.Surface.ToLowerInvariant() is not ("him" or "her" or "his") ? m : null;

    /// <summary>A named person followed by "of"/"at"/"from" and a short phrase without commas, ending at <paramref name="last"/>.</summary>
    internal static Mention? AffiliationPhrase(ExtractionContext context, List<Token> tokens, int last)
    {
        for (var j = last; j > 0 && j > last - 12; j--)
        {
            var t = tokens[j];
            if (t.Value is "," or ";" or "\"" or "\u201C" or "\u201D") return null;
            if (t.Value is "of" or "at" or "from" && context.MentionEndingAt(tokens[j - 1].End) is { Label: NodeLabel.Person, Kind: not MentionKind.Pronoun } m) return m;
        }
        return null;
    }

    /// <summary>"She and other Chilean envoys said", "Okafor and others said": the person leading the group speaks.</summary>
    private static Mention? LedGroup(ExtractionContext context, List<Token> tokens, int last)
    {
        for (var j = last; j >= 1 && j > last - 6; j--)
        {
            if (!tokens[j].Value.Equals("and", StringComparison.Ordinal)) continue;
            if (j + 1 > last || !tokens[j + 1].Value.StartsWith("other", StringComparison.OrdinalIgnoreCase)) return null;
            return context.MentionEndingAt(tokens[j - 1].End) is { Label: NodeLabel.Person } m ? m : null;
        }
        return null;
    }

    /// <summary>
    /// The speaker written after the verb: "said Lavrov", "said Foreign Minister Tomas Varga", "according to
    /// Amina Okafor". The name must end the attribution ("said the Reagan administration" names no speaker).
    /// </summary>
    private static Speaker? SpeakerAfter(List<Token> tokens, int index, Dictionary<int, Mention> people, out int after)
    {
        after = index;
        for (var i = index; i < tokens.Count && i < index + 10; i++)
        {
            if (people.TryGetValue(tokens[i].Start, out var m) && m.Surface.ToLowerInvariant() is not ("him" or "her" or "his"))
            {
                var j = i;
                while (j < tokens.Count && tokens[j].End <= m.End) j++;
                if (j < tokens.Count && tokens[j].IsWord && !char.IsUpper(tokens[j].Value[0]) && !Attribution.Contains(tokens[j].Value)) return null;
                if (j < tokens.Count && tokens[j].Value is "'s" or "’s") return null; // "said Reagan's ..." names no speaker
                after = j;
                return new Speaker(m.Key, m.Kind == MentionKind.Pronoun);
            }
            // Only a title may stand between the verb and the name, with the country it serves ("President of Peru").
            var t = tokens[i];
            var ofCountry = t.Value == "of" && i > index && tokens[i - 1].IsCapitalized && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
            if (!(t.IsCapitalized || ofCountry || t.Value is "the" or "'s" or "’s" or "." or "-")) break;
        }
        return null;
    }

    /// <summary>Words that may follow the speaker's name in an inverted attribution.</summary>
    private static readonly HashSet<string> Attribution = new(StringComparer.Ordinal)
    {
        "who", "on", "in", "at", "during", "after", "before", "when", "while", "told", "adding", "and", "as", "of", "from", "to",
    };

    /// <summary>What was said: the attached quotation, else the reported clause after or before the attribution.</summary>
    private StatementCandidate? Content(ExtractionContext context, Sentence sentence, List<Token> tokens, int afterVerb, int subjectStart, Speaker speaker, List<Token> verbTokens, SpeechVerbEntry entry, bool inverted)
    {
        // "..., the minister said, Trend reports.": the agency's credit at the end is no part of what was said.
        if (AgencyCredit(tokens) is var credit and > 0 && credit >= afterVerb - 1 && tokens[credit].Start >= verbTokens[^1].End)
        {
            afterVerb = Math.Min(afterVerb, credit);
            tokens = tokens[..credit];
            sentence = sentence with { End = tokens[^1].End };
        }
        var text = context.Text;
        var verbText = text[verbTokens[0].Start..verbTokens[^1].End];
        var confidence = speaker.ViaPronoun ? 0.8 : 0.9;
        var attributionStart = Math.Min(subjectStart, verbTokens[0].Start);
        var attributionEnd = afterVerb < tokens.Count ? tokens[afterVerb - 1].End : tokens[^1].End;

        // 1. A quotation closing just before the attribution: “...,” he said / "..." said Lavrov.
        // Only the quotations next to the attribution can qualify; they are found by binary search, in text order.
        var near = context.LastQuoteStartingAtOrBefore(attributionEnd);
        for (var qi = Math.Max(0, near - 2); qi < context.Quotes.Count && qi <= near + 2; qi++)
        {
            var q = context.Quotes[qi];
            // The quotation must open the sentence: "the Kenyan "stopgap", Okafor said" quotes a phrase, not a statement.
            if (q.IsClosed && q.Close <= attributionStart && q.Close > sentence.Start
                && (IsOnly(text, q.Close, attributionStart, " ,\t\n\r-–—") || IsSpeakersTitle(text, q.Close, attributionStart))
                && (q.Open <= sentence.Start || IsOnly(text, ParagraphStart(context, sentence), q.Open, " \t\n\r")))
            {
                return Make(q.ContentStart, q.ContentEnd, true, "said.quote-before", confidence, Math.Min(q.Open, sentence.Start), Math.Max(attributionEnd, sentence.End));
            }
            // A clause-long quotation inside the sentence: 'This "agreement will change the region," Modi said', 'If it fails, "the
            // cost will be high," she warned'. Six words or more make it a statement rather than a quoted phrase; the
            // statement runs from the sentence's start, so the words that lead into the quotation stay with it.
            if (q.IsClosed && q.Close <= attributionStart && q.Open > sentence.Start && IsOnly(text, q.Close, attributionStart, " ,\t\n\r-–—")
                && WordCount(text, q.ContentStart, q.ContentEnd) >= 6 && !SpeechVerbBefore(tokens, q.Open))
            {
                return Make(sentence.Start, q.ContentEnd, true, "said.quote-inside", confidence - 0.1, sentence.Start, Math.Max(attributionEnd, sentence.End));
            }
            // 2. A quotation opening just after it: Lavrov said "..." / said: “...”.
            // ... and only when the quotation is what was said, not a phrase inside it: nothing but punctuation after it.
            if (q.Open >= attributionEnd && IsOnly(text, attributionEnd, q.Open, " ,:\t\n\r")
                && (q.Close >= sentence.End || IsOnly(text, q.Close, sentence.End, " .,;!?\t\n\r\"\u201D")))
            {
                return Make(q.ContentStart, q.ContentEnd, true, "said.quote-after", confidence, sentence.Start, Math.Max(q.Close, sentence.End));
            }
        }

        // 3. Reported speech after the verb: X said (that) ...
        var first = afterVerb;
        while (first < tokens.Count && tokens[first].Value is "that" or ":" or "," or "--" or "-") first++;
        var start = first < tokens.Count ? tokens[first].Start : sentence.End;
        var end = TrimEndPunctuation(text, start, CoordinatedVerb(tokens, afterVerb) ?? sentence.End);
        // Not a reported clause: the main verb after a relative clause ("Abrams, who briefed reporters, said ..."), or "is said to be".
        // After an inverted attribution ("..., said Harlan Ullman, an analyst") what follows is about the speaker, unless "that" or ":" opens it.
        var notAClause = inverted && !(afterVerb < tokens.Count && tokens[afterVerb].Value is "that" or ":") || first < tokens.Count && (_verbs.MatchAt(tokens, first).Length > 0
            || first == afterVerb && tokens[first].Value == "to" && first + 1 < tokens.Count && !tokens[first + 1].IsCapitalized);
        if (end - start >= 12 && context.QuoteAt(start) is null && !notAClause)
        {
            return Make(start, end, false, entry.Kind == "source" ? "said.according-to" : "said.reported-after", confidence - 0.1, sentence.Start, sentence.End);
        }

        // 4. Reported speech before the attribution: ..., X said.
        // The attribution may carry a title: "..., Minister Ivan Petrenko said." Cut at the last comma before it.
        var comma = attributionStart > sentence.Start ? text.LastIndexOf(',', attributionStart - 1, attributionStart - sentence.Start) : -1;
        var beforeEnd = comma > sentence.Start && attributionStart - comma <= 60 ? TrimEndPunctuation(text, sentence.Start, comma) : sentence.Start;
        if (beforeEnd - sentence.Start >= 12)
        {
            return Make(sentence.Start, beforeEnd, false, "said.reported-before", confidence - 0.1, sentence.Start, sentence.End);
        }
        return null;

        StatementCandidate Make(int s, int e, bool direct, string rule, double conf, int evStart, int evEnd) =>
            new(speaker.Key, s, e, sentence.Index, evStart, evEnd, direct, verbText, rule, Math.Round(conf, 2), speaker.Source);

        // Where "... and said ..." starts a second statement of the same speaker.
        int? CoordinatedVerb(List<Token> all, int from)
        {
            for (var k = from; k + 1 < all.Count; k++)
            {
                if (all[k].Value == "and" && _verbs.MatchAt(all, k + 1).Length > 0 && !all[k + 1].Value.EndsWith("ing", StringComparison.Ordinal)) return all[k].Start;
            }
            return null;
        }
    }

    /// <summary>Whether a speech verb stands before an offset in the sentence: then a quotation there is its complement ("told them that rice was "...").</summary>
    private bool SpeechVerbBefore(List<Token> tokens, int offset)
    {
        for (var k = 0; k < tokens.Count && tokens[k].Start < offset; k++)
        {
            if (_verbs.MatchAt(tokens, k).Length > 0) return true;
        }
        return false;
    }

    /// <summary>How many words a stretch of text holds.</summary>
    private static int WordCount(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static int ParagraphStart(ExtractionContext context, Sentence sentence)
    {
        var i = sentence.Index;
        while (i > 0 && context.Sentences[i - 1].Paragraph == sentence.Paragraph) i--;
        return context.Sentences[i].Start;
    }

    /// <summary>
    /// The comma that opens a news agency's credit closing the sentence (", Trend reports.", ", UNN reports with reference
    /// to Radio Liberty.", ", Xinhua reported."): capitalised words, then "reports", "reported" or "writes", and at most a
    /// short source after it. -1 when the sentence has none.
    /// </summary>
    private static int AgencyCredit(List<Token> tokens)
    {
        var end = tokens.Count;
        if (end > 0 && tokens[end - 1].Value is "." or "!") end--;
        for (var comma = end - 2; comma > 0 && end - comma <= 12; comma--)
        {
            if (tokens[comma].Value != ",") continue;
            var k = comma + 1;
            var names = 0;
            while (k < end && names < 5 && tokens[k].IsWord && char.IsUpper(tokens[k].Value[0])) { k++; names++; }
            if (names == 0 || k >= end || tokens[k].Value is not ("reports" or "reported" or "writes" or "wrote")) continue;
            // Nothing after the verb but where the agency had it from: "with reference to Radio Liberty", "citing sources".
            if (k + 1 == end || tokens[k + 1].Value is "with" or "citing" or "quoting" or "according") return comma;
        }
        return -1;
    }

    /// <summary>Words of a role that name no one: what may stand between a quotation and its speaker's name.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "minister", "official", "officials", "envoy", "ambassador", "adviser", "advisor",
        "aide", "secretary", "president", "chief", "deputy", "foreign", "prime", "state", "department", "ministry", "office", "press",
        "senior", "former", "acting", "of", "the", "for", "and", "general", "negotiator", "representative", "correspondent",
    };

    /// <summary>
    /// '"...," State Department spokesman Vedant Patel told reporters': between the quotation and the name there is only
    /// the speaker's title, capitalised words and role nouns, and no verb or other lower-case word.
    /// </summary>
    private static bool IsSpeakersTitle(string text, int start, int end)
    {
        if (end <= start || end - start > 80) return false;
        var between = text.AsSpan(start, end - start).Trim().TrimStart(',').Trim();
        if (between.IsEmpty) return false;
        foreach (var word in between.ToString().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(word[0]) || RoleWords.Contains(word.ToLowerInvariant().TrimEnd(','))) continue;
            return false;
        }
        return true;
    }

    private static bool IsOnly(string text, int start, int end, string allowed)
    {
        if (end < start) return false;
        var between = text.AsSpan(start, end - start).Trim();
        if (between.SequenceEqual("that")) return true;
        foreach (var c in between)
        {
            if (!allowed.Contains(c)) return false;
        }
        return true;
    }

    private static int TrimEndPunctuation(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?')) end--;
        return end;
    }
}
