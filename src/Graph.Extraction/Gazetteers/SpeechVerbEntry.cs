namespace Graph.Extraction.Gazetteers;

/// <summary>A verb that reports speech ("said", "told", "stressed"), or a phrase that attributes it ("according to").</summary>
/// <param name="Verb">The base form.</param>
/// <param name="Forms">Every inflected form that reports speech.</param>
/// <param name="Kind"><c>speech</c> for verbs, <c>source</c> for "according to".</param>
public sealed record SpeechVerbEntry(string Verb, IReadOnlyList<string> Forms, string Kind);
