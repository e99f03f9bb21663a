using Graph.Model;

namespace Graph.Extraction.Recognition;

/// <summary>A role a person holds, and whom they hold it for: Foreign Minister of Russia, Secretary General of NATO.</summary>
/// <param name="Role">The canonical role ("Foreign Minister"); empty when only the affiliation is known.</param>
/// <param name="AffiliationLabel">Country or Organization, when known.</param>
/// <param name="AffiliationKey">The country's ISO code or the organisation's key, when known.</param>
public sealed record PersonRole(string Role, NodeLabel? AffiliationLabel, string? AffiliationKey);
