using OtSim.Model.Scenarios;

namespace OtSim.Model.Stepping;

/// <summary>
/// One review period of the school year: the calendar weeks between two points where the therapist looks at what it has
/// learned (like a quarterly IEP progress report) before planning the next stretch of services.
/// </summary>
/// <param name="Index">0-based position of the period in the year.</param>
/// <param name="FirstWeek">0-based first calendar week of the period.</param>
/// <param name="EndWeek">0-based calendar week after the period's last.</param>
/// <param name="IsLast">Whether the period ends the year.</param>
public readonly record struct ReviewPeriod(int Index, int FirstWeek, int EndWeek, bool IsLast)
{
    /// <summary>Calendar weeks in the period.</summary>
    public int Weeks => EndWeek - FirstWeek;

    /// <summary>
    /// The periods of a year: consecutive blocks of <see cref="CalendarSpec.ReviewPeriodWeeks"/> calendar weeks (the last
    /// may be shorter); the whole year when no period length is set.
    /// </summary>
    public static ReviewPeriod[] Of(CalendarSpec calendar)
    {
        int length = calendar.ReviewPeriodWeeks is > 0 and var weeks ? Math.Min(weeks, calendar.Weeks) : calendar.Weeks;
        int count = (calendar.Weeks + length - 1) / length;
        var periods = new ReviewPeriod[count];
        for (int k = 0; k < count; k++)
        {
            int first = k * length;
            periods[k] = new ReviewPeriod(k, first, Math.Min(calendar.Weeks, first + length), k == count - 1);
        }
        return periods;
    }
}
