namespace Graph.Bolt.Values;

/// <summary>A time of day without a zone (structure semantics, LocalTime, tag <c>74</c>).</summary>
/// <param name="Nanoseconds">Nanoseconds since midnight.</param>
public sealed record BoltLocalTime(long Nanoseconds)
{
    private const long NanosecondsPerTick = 100;

    /// <summary>The time as a <see cref="TimeOnly"/>; sub-tick precision (below 100 ns) is dropped.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not within one day.</exception>
    public TimeOnly ToTimeOnly()
    {
        if (Nanoseconds < 0 || Nanoseconds / NanosecondsPerTick >= TimeSpan.TicksPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(Nanoseconds), Nanoseconds, "a local time lies within one day");
        }

        return new TimeOnly(Nanoseconds / NanosecondsPerTick);
    }

    /// <summary>The Bolt local time of a <see cref="TimeOnly"/>.</summary>
    public static BoltLocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * NanosecondsPerTick);
}
