namespace Graph.Bolt.Values;

/// <summary>
/// An instant with a UTC offset (structure semantics, DateTime, tag <c>49</c>): seconds since the
/// Unix epoch in UTC. The legacy form (tag <c>46</c>, local seconds) is converted to this on reading.
/// </summary>
/// <param name="Seconds">Seconds since 1970-01-01T00:00:00Z.</param>
/// <param name="Nanoseconds">Nanoseconds within the second, 0 to 999,999,999.</param>
/// <param name="OffsetSeconds">The offset from UTC in seconds (<c>tz_offset_seconds</c>).</param>
public sealed record BoltDateTime(long Seconds, int Nanoseconds, int OffsetSeconds)
{
    /// <summary>The instant with its offset; sub-tick precision (below 100 ns) is dropped.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var utc = DateTimeOffset.FromUnixTimeSeconds(Seconds).AddTicks(Nanoseconds / 100);
        return utc.ToOffset(TimeSpan.FromSeconds(OffsetSeconds));
    }

    /// <summary>The Bolt date-time of a <see cref="DateTimeOffset"/>.</summary>
    public static BoltDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return new BoltDateTime(seconds, (int)(remainder * 100), checked((int)value.Offset.TotalSeconds));
    }
}
