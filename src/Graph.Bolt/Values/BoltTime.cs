namespace Graph.Bolt.Values;

/// <summary>
/// A time of day with a UTC offset (structure semantics, Time, tag <c>54</c>).
/// </summary>
/// <param name="Nanoseconds">Nanoseconds since local midnight.</param>
/// <param name="OffsetSeconds">The offset from UTC in seconds (<c>tz_offset_seconds</c>).</param>
public sealed record BoltTime(long Nanoseconds, int OffsetSeconds)
{
    /// <summary>The local time of day; sub-tick precision (below 100 ns) is dropped.</summary>
    public TimeOnly ToTimeOnly() => new BoltLocalTime(Nanoseconds).ToTimeOnly();

    /// <summary>The offset from UTC.</summary>
    public TimeSpan Offset => TimeSpan.FromSeconds(OffsetSeconds);

    /// <summary>The Bolt time of a local time of day and its offset.</summary>
    public static BoltTime FromTimeOnly(TimeOnly time, TimeSpan offset) =>
        new(BoltLocalTime.FromTimeOnly(time).Nanoseconds, checked((int)offset.TotalSeconds));
}
