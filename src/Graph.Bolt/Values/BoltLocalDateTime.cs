namespace Graph.Bolt.Values;

/// <summary>A date and time without a zone (structure semantics, LocalDateTime, tag <c>64</c>).</summary>
/// <param name="Seconds">Seconds since 1970-01-01T00:00:00 of wall-clock time.</param>
/// <param name="Nanoseconds">Nanoseconds within the second, 0 to 999,999,999.</param>
public sealed record BoltLocalDateTime(long Seconds, int Nanoseconds)
{
    /// <summary>The value as a <see cref="DateTime"/> of kind Unspecified; sub-tick precision is dropped.</summary>
    public DateTime ToDateTime() =>
        DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(Seconds).AddTicks(Nanoseconds / 100), DateTimeKind.Unspecified);

    /// <summary>The Bolt local date-time of a <see cref="DateTime"/>, whatever its kind (its wall-clock reading).</summary>
    public static BoltLocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return new BoltLocalDateTime(seconds, (int)(remainder * 100));
    }
}
