using System.Text;

namespace Graph.Rdf.GraphStore;

/// <summary>
/// Takes documents back out of a triplestore with one SPARQL 1.1 Update: each document's named graph is emptied, then
/// the entity graph (<see cref="GraphStoreWriter.EntitiesGraph"/>) is cleaned of what rested on documents no graph
/// holds any more: their derivations of entity-level claims, the claims no document derives (and the facts they
/// state, unless another claim states them too), and the entities no document mentions. The update names
/// documents by id, key or source, and is idempotent: run again, it finds nothing to delete.
/// </summary>
public static class GraphStoreRetraction
{
    /// <summary>The update that retracts the documents named by <paramref name="keys"/> (ids, keys or sources).</summary>
    public static string Update(IReadOnlyList<string> keys, RdfDataIris iris)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(iris);
        if (keys.Count == 0) throw new ArgumentException("no documents to retract", nameof(keys));
        var entities = "<" + GraphStoreWriter.EntitiesGraph(iris).Value + ">";
        var graphs = Literal(iris.Base + "graph/doc/");
        var values = string.Join(' ', keys.Select(Literal));
        var sb = new StringBuilder();
        sb.Append("PREFIX g: <").Append(RdfVocabulary.Namespace).Append(">\n");
        sb.Append("PREFIX rdf: <").Append(RdfVocabulary.Rdf).Append(">\n");
        sb.Append("PREFIX prov: <").Append(RdfVocabulary.Prov).Append(">\n");
        sb.Append("PREFIX dcterms: <").Append(RdfVocabulary.DcTerms).Append(">\n");
        // 1. The documents' own graphs: every triple of a document graph holding a document of that id, key or source.
        sb.Append("DELETE { GRAPH ?graph { ?s ?p ?o } }\nWHERE {\n  VALUES ?k { ").Append(values).Append(" }\n")
          .Append("  GRAPH ?graph { ?d a g:Document . { ?d g:id ?k } UNION { ?d g:key ?k } UNION { ?d dcterms:source ?k } }\n")
          .Append("  FILTER(STRSTARTS(STR(?graph), ").Append(graphs).Append("))\n")
          .Append("  GRAPH ?graph { ?s ?p ?o }\n};\n");
        // 2. Derivations from documents no graph holds any more.
        sb.Append("DELETE { GRAPH ").Append(entities).Append(" { ?c prov:wasDerivedFrom ?d } }\nWHERE {\n")
          .Append("  GRAPH ").Append(entities).Append(" { ?c a g:Claim ; prov:wasDerivedFrom ?d }\n")
          .Append("  FILTER NOT EXISTS { GRAPH ?any { ?d a g:Document } }\n};\n");
        // 3. The fact a claim states, when no claim that still rests on a document states it.
        sb.Append("DELETE { GRAPH ").Append(entities).Append(" { ?s ?p ?o } }\nWHERE {\n")
          .Append("  GRAPH ").Append(entities).Append(" {\n")
          .Append("    ?c a g:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .\n")
          .Append("    FILTER NOT EXISTS { ?c prov:wasDerivedFrom ?x }\n")
          .Append("    FILTER NOT EXISTS { ?c2 rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?y }\n")
          .Append("  }\n};\n");
        // 4. Claims that rest on no document.
        sb.Append("DELETE { GRAPH ").Append(entities).Append(" { ?c ?cp ?cv } }\nWHERE {\n")
          .Append("  GRAPH ").Append(entities).Append(" { ?c a g:Claim ; ?cp ?cv . FILTER NOT EXISTS { ?c prov:wasDerivedFrom ?x } }\n};\n");
        // 5. Entities no document mentions any more.
        sb.Append("DELETE { GRAPH ").Append(entities).Append(" { ?e ?p ?v } }\nWHERE {\n")
          .Append("  GRAPH ").Append(entities).Append(" { ?e a g:Entity ; ?p ?v }\n")
          .Append("  FILTER NOT EXISTS { GRAPH ?mentioning { ?doc g:mentions ?e } }\n}\n");
        return sb.ToString();
    }

    /// <summary>Runs the retraction at <paramref name="updateEndpoint"/>.</summary>
    public static Task<int> RetractAsync(GraphStoreClient client, Uri updateEndpoint, IReadOnlyList<string> keys, RdfDataIris iris, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.UpdateAsync(updateEndpoint, Update(keys, iris), cancellationToken);
    }

    /// <summary>A SPARQL string literal of a user's text (<see cref="SparqlLiteral.Quote"/>).</summary>
    internal static string Literal(string text) => SparqlLiteral.Quote(text);
}
