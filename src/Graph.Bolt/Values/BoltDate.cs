namespace Graph.Bolt.Values;

/// <summary>A date (structure semantics, Date, tag <c>44</c>): days since the Unix epoch, 1970-01-01.</summary>
/// <param name="Days">Days since 1970-01-01; negative before it.</param>
public sealed record BoltDate(long Days)
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>The date as a <see cref="DateOnly"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside years 1 to 9999.</exception>
    public DateOnly ToDateOnly()
    {
        var dayNumber = EpochDayNumber + Days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(Days), Days, "the date is outside the range of DateOnly");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    /// <summary>The Bolt date of a <see cref="DateOnly"/>.</summary>
    public static BoltDate FromDateOnly(DateOnly date) => new(date.DayNumber - EpochDayNumber);

    /// <inheritdoc/>
    public override string ToString() =>
        Days >= DateOnly.MinValue.DayNumber - EpochDayNumber && Days <= DateOnly.MaxValue.DayNumber - EpochDayNumber
            ? ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : $"BoltDate {{ Days = {Days} }}";
}
