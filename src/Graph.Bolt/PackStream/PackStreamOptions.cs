namespace Graph.Bolt.PackStream;

/// <summary>
/// The protocol-version dependent choices of <see cref="PackStreamWriter"/> (structure semantics):
/// which DateTime form to send, and whether graph structures carry element ids.
/// </summary>
/// <param name="UtcDateTime">
/// True to send DateTime/DateTimeZoneId as <c>49</c>/<c>69</c> (UTC seconds: Bolt 5.0+, or 4.4 with
/// the <c>utc</c> patch); false for the legacy <c>46</c>/<c>66</c> (local seconds).
/// </param>
/// <param name="ElementIds">True to write Node, Relationship and UnboundRelationship with their element ids (Bolt 5.0+).</param>
public sealed record PackStreamOptions(bool UtcDateTime = true, bool ElementIds = true)
{
    /// <summary>Bolt 5.x: UTC date-times and element ids.</summary>
    public static PackStreamOptions Bolt5 { get; } = new();
}
