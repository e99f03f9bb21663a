namespace Graph.Bolt.Messages;

/// <summary>
/// Which notifications the server should send (Bolt 5.2+, HELLO <c>notifications_minimum_severity</c>
/// and <c>notifications_disabled_categories</c>). Older versions ignore the filter.
/// </summary>
/// <param name="MinimumSeverity"><c>OFF</c>, <c>WARNING</c> or <c>INFORMATION</c>; null for the server's default.</param>
/// <param name="DisabledCategories">Categories to leave out, e.g. <c>HINT</c>, <c>UNRECOGNIZED</c>, <c>DEPRECATION</c>.</param>
public sealed record NotificationFilter(string? MinimumSeverity, IReadOnlyList<string>? DisabledCategories = null);
