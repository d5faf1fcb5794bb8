using OtSim.Model.Calendar;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;

namespace OtSim.Model.District;

/// <summary>
/// The calendar weeks a student is on the caseload: from <see cref="EntryWeek"/> up to, not including,
/// <see cref="ExitWeek"/> (0-based; <see cref="ExitWeek"/> equals the year's length when the student stays).
/// </summary>
/// <param name="EntryWeek">First 0-based calendar week on the caseload.</param>
/// <param name="ExitWeek">First 0-based calendar week no longer on the caseload.</param>
/// <param name="Reason">Why the student left, or <see cref="ExitReason.None"/>.</param>
public readonly record struct Enrollment(int EntryWeek, int ExitWeek, ExitReason Reason)
{
    /// <summary>On the caseload for the whole year of <paramref name="weeks"/> calendar weeks.</summary>
    public static Enrollment WholeYear(int weeks) => new(0, weeks, ExitReason.None);

    /// <summary>Whether the student is on the caseload in 0-based calendar week <paramref name="week"/>.</summary>
    public bool OnCaseload(int week) => week >= EntryWeek && week < ExitWeek;

    /// <summary>School weeks on the caseload.</summary>
    public int SchoolWeeksServed(SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        int served = 0;
        for (int week = EntryWeek; week < ExitWeek; week++)
        {
            served += calendar.SchoolWeekIndex(week) >= 0 ? 1 : 0;
        }
        return served;
    }

    /// <summary>
    /// Draws whether a student on the caseload from the start moves away, and when, from the student's own stream
    /// (<see cref="StreamPurpose.StudentExit"/>), so the therapist and the classroom draw the same week without a message.
    /// One uniform u: the student moves when u &lt; p (p = <see cref="ChurnSpec.MoveAwayRatePerYear"/>), and then u / p is
    /// uniform on [0, 1), giving the school week of leaving k = 1 + floor(u / p * (S - 1)) of the S school weeks (0-based:
    /// the student has at least one school week on the caseload).
    /// </summary>
    public static Enrollment Draw(ChurnSpec churn, SchoolCalendar calendar, ulong seed, int replication, long studentId)
    {
        ArgumentNullException.ThrowIfNull(churn);
        ArgumentNullException.ThrowIfNull(calendar);
        double p = churn.MoveAwayRatePerYear;
        int schoolWeeks = calendar.SchoolWeeks;
        if (p <= 0 || schoolWeeks < 2)
        {
            return WholeYear(calendar.Weeks);
        }
        var rng = new StreamRandom(seed, replication, studentId, StreamPurpose.StudentExit);
        double u = rng.NextDouble();
        if (u >= p)
        {
            return WholeYear(calendar.Weeks);
        }
        int leaving = 1 + (int)(u / p * (schoolWeeks - 1));
        return new Enrollment(0, CalendarWeekOf(calendar, leaving), ExitReason.Moved);
    }

    /// <summary>The 0-based calendar week of 0-based school week <paramref name="schoolWeek"/>.</summary>
    public static int CalendarWeekOf(SchoolCalendar calendar, int schoolWeek)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        for (int week = 0; week < calendar.Weeks; week++)
        {
            if (calendar.SchoolWeekIndex(week) == schoolWeek)
            {
                return week;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(schoolWeek), schoolWeek, $"The year has {calendar.SchoolWeeks} school weeks.");
    }
}
