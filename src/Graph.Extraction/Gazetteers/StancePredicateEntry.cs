using Graph.Model;

namespace Graph.Extraction.Gazetteers;

/// <summary>A phrase that states support or commitment, and the shape of the sentence it is used in.</summary>
/// <param name="Phrase">The words, lower case ("stands ready to", "support for").</param>
/// <param name="Relation">SUPPORTS or COMMITTED_TO.</param>
/// <param name="Form"><c>active</c>, <c>passive</c>, <c>noun</c> or <c>compound</c> (see stance-predicates.tsv).</param>
public sealed record StancePredicateEntry(string Phrase, RelationshipType Relation, string Form);
