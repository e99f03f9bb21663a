using Graph.Model;

namespace Graph.Extraction.Gazetteers;

/// <summary>
/// A word that ends the name of an organisation ("Commission", "Corp") or a project ("Pipeline", "treaty"), or
/// the name of a national institution that stands alone ("Congress"). See Gazetteers/README.md for the kinds.
/// </summary>
/// <param name="Head">The word or words, lower case ("pipeline", "white house").</param>
/// <param name="Label">What the name it ends denotes: <see cref="NodeLabel.Organization"/> or <see cref="NodeLabel.Project"/>.</param>
/// <param name="Kind">How it may be used: name, title, anchored, lower, suffix, institution, standalone.</param>
/// <param name="Family">Heads of one family may refer back to each other ("the pact" to an agreement).</param>
/// <param name="Anaphor">Whether "the pipeline" may refer back to the last pipeline named.</param>
/// <param name="Variants">Other forms, such as plurals ("pipelines").</param>
public sealed record HeadWordEntry(string Head, NodeLabel Label, string Kind, string Family, bool Anaphor, IReadOnlyList<string> Variants)
{
    /// <summary>Every form of the head: the head and its variants.</summary>
    public IEnumerable<string> Forms => Variants.Prepend(Head);

    /// <summary>Whether a form is a plural variant rather than the head itself.</summary>
    public bool IsPlural(string form) => !string.Equals(form, Head, StringComparison.OrdinalIgnoreCase)
        && form.EndsWith('s') && !Head.EndsWith('s');
}
