namespace OtSim.Model.Services;

/// <summary>One referred student's evaluation in one cell: one row of evaluations.csv (weeks 1-based).</summary>
/// <param name="StudentId">The referred student.</param>
/// <param name="ClassroomId">The student's classroom.</param>
/// <param name="SchoolId">The student's school.</param>
/// <param name="TherapistId">The therapist who evaluates.</param>
/// <param name="ReferralWeek">Week of the referral.</param>
/// <param name="ConsentWeek">Week of parental consent (may lie after the year: no evaluation began).</param>
/// <param name="DueWeek">Week by which the evaluation is due (may lie after the year).</param>
/// <param name="CompletedWeek">Week the evaluation was completed, or null if not within the year.</param>
/// <param name="Eligible">Found eligible (null when not completed).</param>
public sealed record EvaluationRecord(
    long StudentId, int ClassroomId, int SchoolId, int TherapistId, int ReferralWeek, int ConsentWeek, int DueWeek, int? CompletedWeek, bool? Eligible)
{
    /// <summary>Completed by the due week; null when neither completed nor due within a year of <paramref name="weeks"/> weeks.</summary>
    public bool? OnTime(int weeks) => CompletedWeek is { } done ? done <= DueWeek : DueWeek <= weeks ? false : null;
}
