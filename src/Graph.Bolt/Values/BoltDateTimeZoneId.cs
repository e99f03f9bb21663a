namespace Graph.Bolt.Values;

/// <summary>
/// An instant in a named time zone (structure semantics, DateTimeZoneId, tag <c>69</c>): seconds
/// since the Unix epoch in UTC, and an IANA zone id such as <c>Europe/Stockholm</c>.
/// </summary>
/// <param name="Seconds">Seconds since 1970-01-01T00:00:00Z.</param>
/// <param name="Nanoseconds">Nanoseconds within the second, 0 to 999,999,999.</param>
/// <param name="ZoneId">The IANA time zone id (<c>tz_id</c>).</param>
public sealed record BoltDateTimeZoneId(long Seconds, int Nanoseconds, string ZoneId);
