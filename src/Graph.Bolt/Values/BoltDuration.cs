using System.Globalization;

namespace Graph.Bolt.Values;

/// <summary>
/// A temporal amount (structure semantics, Duration, tag <c>45</c>): months, days, seconds and
/// nanoseconds kept apart, because a month or a day has no fixed length.
/// </summary>
/// <param name="Months">Months.</param>
/// <param name="Days">Days.</param>
/// <param name="Seconds">Seconds.</param>
/// <param name="Nanoseconds">Nanoseconds, 0 to 999,999,999.</param>
public sealed record BoltDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>The Bolt duration of a <see cref="TimeSpan"/>: seconds and nanoseconds only.</summary>
    public static BoltDuration FromTimeSpan(TimeSpan value)
    {
        var seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return new BoltDuration(0, 0, seconds, (int)(remainder * 100));
    }

    /// <summary>The duration in ISO 8601 form, as Cypher prints it: <c>P14M3DT5.5S</c>.</summary>
    public override string ToString()
    {
        var total = Seconds + (decimal)Nanoseconds / 1_000_000_000m;
        return string.Create(CultureInfo.InvariantCulture, $"P{Months}M{Days}DT{total.ToString("0.#########", CultureInfo.InvariantCulture)}S");
    }
}
