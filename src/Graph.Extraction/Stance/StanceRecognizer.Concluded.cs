using System.Collections.Frozen;
using Graph.Extraction.Recognition;
using Graph.Extraction.Syntax;
using Graph.Model;

namespace Graph.Extraction.Stance;

/// <summary>
/// A pact between named parties said to be signed or concluded commits its parties, even when the sentence does not
/// say who signed: "the Kenya-Uganda rail deal signed in March", "the Peru-Chile accord was ratified on Monday".
/// ANNOTATION.md's COMMITTED_TO covers agreeing to a treaty, and a pact is concluded by its parties.
/// </summary>
public sealed partial class StanceRecognizer
{
    /// <summary>
    /// Participles of concluding an agreement (CAMEO 057 "sign formal agreement"): those of the verbs by which a project is
    /// concluded (<see cref="ProjectWords.ConcludingVerbs"/>), and "finalised".
    /// </summary>
    private static readonly FrozenSet<string> ConcludedForms = ProjectWords.ConcludingVerbs
        .Where(v => v.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || v.Equals("struck", StringComparison.OrdinalIgnoreCase))
        .Concat(["finalised", "finalized"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads "X signed in March" (a participle right after a pact) and "X was signed on Monday" (a passive with no agent):
    /// each country the pact involves by its name ("Kenya-Uganda") is committed to it. Not when negated, hedged, to come
    /// ("is to be signed", "yet to be ratified") or when an agent says who signed (the passive reading does that).
    /// </summary>
    private static void ReadConcludedPacts(SentenceView s)
    {
        for (var i = 1; i < s.Tokens.Count; i++)
        {
            if (!ConcludedForms.Contains(s.Tokens[i].Value)) continue;
            var next = i + 1;
            while (next < s.Tokens.Count && s.Classes[next] == WordClass.Adverb) next++;
            if (next < s.Tokens.Count && s.Tokens[next].Value.Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            Mention? pact = null;
            var clause = s.Clauses.FirstOrDefault(c => c.Head == i && c.Passive);
            if (clause is not null)
            {
                if (clause.Negated || clause.Conditional || clause.Question || clause.Modal is not null || NegativeSubject(s, clause)) continue;
                // "is to be signed", "yet to be ratified": not concluded yet.
                if (Enumerable.Range(clause.VerbStart, Math.Max(0, clause.Head - clause.VerbStart)).Any(k => s.Classes[k] == WordClass.To)
                    || clause.VerbStart > 0 && s.Classes[clause.VerbStart - 1] == WordClass.To) continue;
                if (clause.SubjectRange() is { } range)
                {
                    for (var k = range.End - 1; k >= range.Start && pact is null; k--)
                        pact = s.Context.MentionEndingAt(s.Tokens[k].End) is { Label: NodeLabel.Project } m ? m : null;
                }
            }
            else
            {
                // "the rail deal signed in March": the participle follows the pact directly (a pact signs nothing itself, so
                // a verb read with the pact as its subject is this participle too).
                pact = s.Context.MentionEndingAt(s.Tokens[i - 1].End) is { Label: NodeLabel.Project } m ? m : null;
                if (s.Clauses.FirstOrDefault(c => c.Head == i) is { } active && (active.VerbStart != i || active.Negated)) pact = null;
            }
            if (pact is null) continue;
            var parties = s.Context.Facts.Where(f => f.Type == RelationshipType.Involves && f.SubjectLabel == NodeLabel.Project && f.SubjectKey == pact.Key
                && f.ObjectLabel == NodeLabel.Country).Select(f => f.ObjectKey).Distinct(StringComparer.Ordinal).ToList();
            if (parties.Count < 2) continue;
            var from = Math.Max(0, s.Tokens.FindIndex(t => t.Start >= pact.Start));
            foreach (var party in parties)
            {
                var actor = new Actor(pact with { Label = NodeLabel.Country, Key = party }, null);
                Add(s, from, i + 1, s.Tokens[i].Value.ToLowerInvariant(), RelationshipType.CommittedTo, actor, new Target(pact, i + 1, false, null), "stance.concluded");
            }
        }
    }

    /// <summary>Whether a word may start a concluded pact's reading, so that a sentence with one is parsed.</summary>
    private static bool MayConclude(string word) => ConcludedForms.Contains(word);
}
