namespace OtSim.Model.Services;

/// <summary>
/// What one student received in one review period, as the therapist sends it to the classroom: the period's weekly
/// values (<c>Weekly[(week - period first week) * 4 + k]</c>, k as in <see cref="ServiceYear"/>) and the plan's prescribed
/// minutes and the sessions lost to absence so far in the year (cumulative to the period's end).
/// </summary>
/// <param name="StudentId">The student.</param>
/// <param name="Weekly">The period's weekly values.</param>
/// <param name="PrescribedDirect">Direct minutes prescribed from the start of the year to the period's end.</param>
/// <param name="PrescribedIntegrated">Integrated minutes prescribed so far.</param>
/// <param name="PrescribedConsult">Consultation minutes prescribed so far.</param>
/// <param name="SessionsMissedAbsent">Planned sessions lost to the student's absence so far.</param>
public readonly record struct StudentServices(
    long StudentId,
    ReadOnlyMemory<float> Weekly,
    double PrescribedDirect,
    double PrescribedIntegrated,
    double PrescribedConsult,
    int SessionsMissedAbsent)
{
    /// <summary>
    /// The 0-based calendar week the student joined or joins the caseload as far as the therapist knows (0 from the
    /// start; the year's length for a referred student not found eligible yet), so the classroom learns of entries.
    /// </summary>
    public int EntryWeek { get; init; }

    /// <summary>
    /// The 1-based calendar week from which a responsive policy dismissed the student from OT, or 0 while not dismissed.
    /// The student stays in class and is measured at the end of the year; students.csv says <c>dismissed</c>.
    /// </summary>
    public int DismissedWeek { get; init; }
}
