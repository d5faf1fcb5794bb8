using OtSim.Model.Calendar;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Services;

/// <summary>
/// When an initial evaluation is due: <see cref="ChurnSpec.EvaluationTimelineDays"/> days from parental consent (34 CFR
/// 300.301(c)), counted in whole calendar weeks of 7 days from the first day of the consent week. Under a state rule that
/// excludes school breaks longer than N school days (California: 5), each run of consecutive holiday weeks of more than
/// N school days (5 a week) does not count. The due week is the week in which the last counted day falls.
/// </summary>
public static class EvaluationTimeline
{
    /// <summary>
    /// The 0-based calendar week by which an evaluation with consent in 0-based week <paramref name="consentWeek"/> is due
    /// (it may lie after the year; weeks after the year count in full).
    /// </summary>
    public static int DueWeek(ChurnSpec churn, SchoolCalendar calendar, int consentWeek)
    {
        ArgumentNullException.ThrowIfNull(churn);
        ArgumentNullException.ThrowIfNull(calendar);
        int days = churn.EvaluationTimelineDays, counted = 0;
        for (int week = consentWeek; ; week++)
        {
            if (Excluded(churn, calendar, week))
            {
                continue;
            }
            if (counted + 7 > days)
            {
                return week;
            }
            counted += 7;
        }
    }

    private static bool Excluded(ChurnSpec churn, SchoolCalendar calendar, int week)
    {
        if (churn.TimelineExcludesBreaksOverSchoolDays is not { } limit || week >= calendar.Weeks || calendar.SchoolWeekIndex(week) >= 0)
        {
            return false;
        }
        int first = week, last = week;
        while (first > 0 && calendar.SchoolWeekIndex(first - 1) < 0)
        {
            first--;
        }
        while (last + 1 < calendar.Weeks && calendar.SchoolWeekIndex(last + 1) < 0)
        {
            last++;
        }
        return (last - first + 1) * 5 > limit;
    }
}
