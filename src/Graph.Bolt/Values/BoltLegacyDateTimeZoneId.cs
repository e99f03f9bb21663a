namespace Graph.Bolt.Values;

/// <summary>
/// The legacy zoned date-time (structure semantics, Legacy DateTimeZoneId, tag <c>66</c>), sent by
/// 4.x servers that did not accept the <c>utc</c> patch: its seconds count local wall-clock time.
/// It is kept as received because converting it to UTC needs the zone rules of the server.
/// </summary>
/// <param name="LocalSeconds">Seconds since 1970-01-01T00:00:00 of local wall-clock time.</param>
/// <param name="Nanoseconds">Nanoseconds within the second.</param>
/// <param name="ZoneId">The IANA time zone id.</param>
public sealed record BoltLegacyDateTimeZoneId(long LocalSeconds, int Nanoseconds, string ZoneId);
