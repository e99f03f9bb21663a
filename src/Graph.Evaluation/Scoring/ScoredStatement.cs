namespace Graph.Evaluation.Scoring;

/// <summary>A SAID edge as the scorer sees it: who spoke, and the normalised text of the statement.</summary>
/// <param name="Speaker">The id of the node the SAID edge starts at.</param>
/// <param name="Text">The statement's text after <see cref="Normalization.NameNormalizer.Text"/>.</param>
internal sealed record ScoredStatement(string Speaker, string Text);
