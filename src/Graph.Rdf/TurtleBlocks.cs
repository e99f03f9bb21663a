using System.Text;

namespace Graph.Rdf;

/// <summary>Writes sorted triples as Turtle subject blocks: <c>;</c> between predicates, <c>,</c> between objects.</summary>
internal static class TurtleBlocks
{
    public static void Write(StringBuilder text, TurtleFormatter formatter, IReadOnlyList<RdfTriple> triples, string indent)
    {
        for (var i = 0; i < triples.Count; i++)
        {
            var t = triples[i];
            var sameSubject = i > 0 && triples[i - 1].Subject == t.Subject;
            var samePredicate = sameSubject && triples[i - 1].Predicate == t.Predicate;
            if (!sameSubject)
            {
                if (i > 0) text.Append(" .\n\n");
                text.Append(indent).Append(formatter.Iri(t.Subject)).Append(' ').Append(formatter.Predicate(t.Predicate)).Append(' ');
            }
            else if (!samePredicate)
            {
                text.Append(" ;\n").Append(indent).Append("    ").Append(formatter.Predicate(t.Predicate)).Append(' ');
            }
            else
            {
                text.Append(" ,\n").Append(indent).Append("        ");
            }
            text.Append(formatter.Term(t.Object));
        }
        if (triples.Count > 0) text.Append(" .\n");
    }
}
