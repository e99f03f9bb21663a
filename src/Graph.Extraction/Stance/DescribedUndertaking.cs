using Graph.Extraction.Pipeline;
using Graph.Extraction.Recognition;
using Graph.Extraction.Syntax;
using Graph.Extraction.Text;
using Graph.Model;

namespace Graph.Extraction.Stance;

/// <summary>
/// An undertaking that has no name but is described where an actor backs or commits to it: "welcomed the Tokyo
/// economic package", "gave its support for a plan for grain stabilisers", "stressed the importance of the new
/// farm negotiating round". ANNOTATION.md counts a project as an undertaking that parties can support or commit to;
/// being the object of such a predicate is what shows the phrase names one, so the stance reader, not the project
/// recogniser, reads it. The phrase must say which undertaking it is: a word that is no mere kind or judgement
/// ("peace", "farm", "Tokyo") or a complement ("for grain stabilisers"); "the plan", "a new package" or "the
/// crucial reform" name none.
/// </summary>
internal static class DescribedUndertaking
{
    /// <summary>
    /// Heads of a phrase that names an undertaking: agreements, programmes, measures and rounds of negotiation
    /// (as in project-heads.tsv), and the proposals, reforms, bills and conferences that parties back.
    /// "talks" and "negotiations" are not among them: a generic "the talks" is no project (ANNOTATION.md).
    /// </summary>
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "accord", "deal", "pact", "treaty", "protocol", "convention", "initiative", "plan", "programme", "program",
        "scheme", "project", "roadmap", "package", "proposal", "reform", "round", "ban", "embargo", "boycott", "sanctions",
        "legislation", "bill", "mechanism", "conference", "corridor", "pipeline", "railway",
    };

    /// <summary>Prepositions whose phrase may say which undertaking it is: "a plan for grain stabilisers", "sanctions against Peru".</summary>
    private static readonly HashSet<string> NamingPrepositions = new(StringComparer.OrdinalIgnoreCase) { "for", "on", "against", "of" };

    /// <summary>
    /// The described undertaking a stance's object phrase starting at <paramref name="from"/> names, as a mention
    /// not yet added to the document (<see cref="Materialise"/> adds it when a relation is made), with the token after it
    /// and, when a complement ends the name, the name without it.
    /// </summary>
    public static (Mention Mention, int End, string? Core)? Read(ExtractionContext context, int sentence, List<Token> tokens, WordClass[] classes, int from, int limit)
    {
        var k = from;
        while (k < limit && classes[k] == WordClass.Determiner) k++;
        var start = k;
        var informative = false;
        var head = -1;
        for (; k < limit && k < start + 8; k++)
        {
            var t = tokens[k];
            if (context.MentionsStartingAt(t.Start).FirstOrDefault(m => m.Label.IsEntity()) is { } named)
            {
                // "the Tokyo economic package", "a GATT farm round": a country or organisation says whose or which it is.
                if (named.Label is not (NodeLabel.Country or NodeLabel.Organization)) return null;
                informative = true;
                while (k + 1 < limit && tokens[k + 1].End <= named.End) k++;
                continue;
            }
            if (context.IsCovered(t.Start, t.End)) return null;
            if (Heads.Contains(t.Value) && char.IsLower(t.Value[0]))
            {
                // "the plan proposal", "the bill's sponsors": a head that modifies a further noun is no head.
                if (k + 1 < tokens.Count && (classes[k + 1] == WordClass.Possessive || classes[k + 1] == WordClass.Word && char.IsLower(tokens[k + 1].Value[0])
                    && !tokens[k + 1].Value.EndsWith("ed", StringComparison.Ordinal) && Heads.Contains(tokens[k + 1].Value) | ProjectWords.AfterCompoundHead.Contains(tokens[k + 1].Value))) return null;
                head = k;
                break;
            }
            if (t.Value == "-" || t.Value == "and" && k > start) continue;
            if (classes[k] != WordClass.Word || !t.IsWord) return null;
            // "the Andean seed programme": a capitalised word no recogniser took is a place or a proper adjective.
            if (char.IsUpper(t.Value[0])) { informative = true; continue; }
            if (ProjectWords.NotModifiers.Contains(t.Value) && !ProjectWords.VagueAdjectives.Contains(t.Value)) return null;
            if (t.Value.EndsWith("ly", StringComparison.Ordinal) && !ProjectWords.NounsInLy.Contains(t.Value)) return null;
            informative |= Informative(t.Value);
        }
        if (head < 0) return null;
        var end = head + 1;
        // "a plan for grain stabilisers", "sanctions against Peru": a short complement names what the undertaking is for.
        // It is part of the name ("an international peace conference on the Balkans"); the phrase without it is another.
        string? core = null;
        if (end + 1 < limit && NamingPrepositions.Contains(tokens[end].Value) && ComplementEnd(context, tokens, classes, end + 1, limit) is { } complementEnd)
        {
            if (informative) core = ProjectRecognizer.Normalise(context.Text[tokens[start].Start..tokens[head].End]);
            end = complementEnd;
            informative = true;
        }
        else if (end + 2 < limit && tokens[end].Value == "to" && IsBareVerb(tokens, classes, end + 1))
        {
            // "legislation to curb steel imports", "a plan to restore the old railway": an infinitive of purpose says which
            // undertaking it is, as a complement does.
            var objectStart = end + 2 < limit && tokens[end + 2].Value is "over" or "up" or "out" or "down" or "off" ? end + 3 : end + 2;
            if (ComplementEnd(context, tokens, classes, objectStart, limit) is { } aimEnd)
            {
                if (informative) core = ProjectRecognizer.Normalise(context.Text[tokens[start].Start..tokens[head].End]);
                end = aimEnd;
                informative = true;
            }
        }
        if (!informative || head == start && end == head + 1) return null;
        var surface = ProjectRecognizer.Normalise(context.Text[tokens[start].Start..tokens[end - 1].End]);
        var key = "described/" + surface.ToLowerInvariant();
        // A project of the document already bears this name: the phrase is that project.
        foreach (var (label, existingKey) in context.Definitions.Keys)
        {
            if (label == NodeLabel.Project && context.Definitions[(label, existingKey)].Name.Equals(surface, StringComparison.OrdinalIgnoreCase)) { key = existingKey; break; }
        }
        return (new Mention(tokens[start].Start, tokens[end - 1].End, sentence, NodeLabel.Project, key, surface, MentionKind.Name, "project.stance-object"), end, core);
    }

    /// <summary>
    /// Adds a described undertaking to the document when a relation is made to it: its definition (named by the phrase,
    /// also without its leading adjectives of kind or judgement, and scoped to this document, since another report's
    /// "gas pipeline" is another one) and its mention.
    /// </summary>
    public static void Materialise(ExtractionContext context, Mention mention, string? core)
    {
        if (context.MentionsStartingAt(mention.Start).Any(m => m.Key == mention.Key && m.End == mention.End)) return;
        var aliases = new List<string>();
        foreach (var form in core is null ? [mention.Surface] : new[] { mention.Surface, core })
        {
            if (form != mention.Surface) aliases.Add(form);
            var words = form.Split(' ');
            var trimmed = words.SkipWhile(w => !Informative(w) && !char.IsUpper(w[0])).ToArray();
            if (trimmed.Length > 1 && trimmed.Length < words.Length) aliases.Add(string.Join(' ', trimmed));
        }
        if (!context.Definitions.ContainsKey((NodeLabel.Project, mention.Key)))
        {
            context.Define(NodeLabel.Project, mention.Key, mention.Surface, [.. aliases]);
            context.Definitions[(NodeLabel.Project, mention.Key)] = context.Definitions[(NodeLabel.Project, mention.Key)] with { Scope = context.Document.Id };
        }
        context.AddMention(mention);
    }

    /// <summary>Whether a word says which undertaking it is, not only what kind, how big or how good.</summary>
    private static bool Informative(string word) =>
        !ProjectWords.VagueAdjectives.Contains(word) && !ProjectWords.IsGenericDescription(word) && !ProjectWords.CountWords.Contains(word)
        && !ProjectWords.IsAmountWord(word) && !(word.EndsWith("ing", StringComparison.Ordinal) && !ProjectWords.NounsInIng.Contains(word));

    /// <summary>Whether token <paramref name="k"/> can be the bare verb of an infinitive: a lower-case word that names nothing and no noun ending marks.</summary>
    private static bool IsBareVerb(List<Token> tokens, WordClass[] classes, int k) =>
        classes[k] is WordClass.Word or WordClass.Verb && tokens[k].IsWord && char.IsLower(tokens[k].Value[0])
        && !ProjectWords.NotModifiers.Contains(tokens[k].Value)
        && !tokens[k].Value.EndsWith("tion", StringComparison.Ordinal) && !tokens[k].Value.EndsWith("ment", StringComparison.Ordinal)
        && !tokens[k].Value.EndsWith("ing", StringComparison.Ordinal) && !tokens[k].Value.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// The end of a short noun phrase after a naming preposition ("for grain stabilisers", "against Peru"): up to five
    /// words or names, at least one of them telling, and nothing that starts a clause.
    /// </summary>
    private static int? ComplementEnd(ExtractionContext context, List<Token> tokens, WordClass[] classes, int from, int limit)
    {
        var k = from;
        var telling = false;
        while (k < limit && classes[k] == WordClass.Determiner) k++;
        var first = k;
        for (; k < limit && k < first + 5; k++)
        {
            if (context.MentionsStartingAt(tokens[k].Start).FirstOrDefault(m => m.Label.IsEntity()) is { } named)
            {
                if (named.Label == NodeLabel.Person) return null;
                telling = true;
                while (k + 1 < limit && tokens[k + 1].End <= named.End) k++;
                continue;
            }
            if (classes[k] != WordClass.Word || !tokens[k].IsWord || ProjectWords.NotModifiers.Contains(tokens[k].Value)) break;
            telling |= char.IsUpper(tokens[k].Value[0]) || Informative(tokens[k].Value);
        }
        return telling && k > first ? k : null;
    }
}
