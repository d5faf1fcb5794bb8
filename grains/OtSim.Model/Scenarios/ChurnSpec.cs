namespace OtSim.Model.Scenarios;

/// <summary>
/// How the caseload moves during the year (the scenario's optional <c>churn</c> object). Off by default, so a scenario
/// that does not mention it keeps every student on the caseload for the whole year and has no referrals.
/// </summary>
/// <param name="MoveAwayRatePerYear">
/// Share of students on the caseload who move away during the year (assumption; no national figure for students with
/// OT). A mover leaves at a school week drawn uniformly from the second to the last.
/// </param>
/// <param name="ReferralsPerSchoolPerWeek">Mean referrals for an OT evaluation per school per school week (Poisson; assumption).</param>
/// <param name="ConsentDelayWeeks">Calendar weeks from referral to parental consent (assumption).</param>
/// <param name="EvaluationHours">Therapist hours one initial evaluation takes, out of the week's spare service capacity (assumption).</param>
/// <param name="EvaluationTimelineDays">Days from consent within which the evaluation must be complete (34 CFR 300.301(c): 60; New Hampshire 45).</param>
/// <param name="TimelineExcludesBreaksOverSchoolDays">
/// School breaks longer than this many school days do not count towards the timeline (California: 5, Cal. Ed. Code
/// 56344); null counts every calendar day (the federal rule).
/// </param>
/// <param name="EligibleShare">Share of evaluated students found eligible for OT (assumption).</param>
public sealed record ChurnSpec(
    double MoveAwayRatePerYear = 0,
    double ReferralsPerSchoolPerWeek = 0,
    int ConsentDelayWeeks = 2,
    double EvaluationHours = 6,
    int EvaluationTimelineDays = 60,
    int? TimelineExcludesBreaksOverSchoolDays = null,
    double EligibleShare = 0.7)
{
    /// <summary>No churn: every student is on the caseload all year.</summary>
    public static ChurnSpec Off { get; } = new();

    /// <summary>True when referrals arrive during the year (and evaluations.csv is written).</summary>
    public bool HasReferrals => ReferralsPerSchoolPerWeek > 0;

    /// <summary>True when no mechanism of churn is switched on.</summary>
    public bool IsOff => MoveAwayRatePerYear == 0 && !HasReferrals;
}
