using OtSim.Model.Calendar;
using OtSim.Model.District;

namespace OtSim.Model.Progress;

/// <summary>
/// Outcomes of a student on the caseload for part of the year (docs/MODEL.md, "A caseload that moves"): progress is
/// measured when the student leaves, against the baseline measured on entry, and the IEP goal is pro-rated to the school
/// weeks served, so a student who leaves half-way through meets the goal with half the year's expected gain.
/// </summary>
public static class PartYear
{
    /// <summary>
    /// The goal for the weeks served: <c>goalGainPoints * served school weeks / school weeks in the year</c>. A student
    /// on the caseload all year gets <paramref name="goalGainPoints"/> exactly.
    /// </summary>
    public static double Goal(double goalGainPoints, Enrollment enrollment, SchoolCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        int served = enrollment.SchoolWeeksServed(calendar);
        return served == calendar.SchoolWeeks ? goalGainPoints : goalGainPoints * served / calendar.SchoolWeeks;
    }
}
