namespace OtSim.Client.Web;

/// <summary>One week of one policy, averaged over its students and the replications finished so far.</summary>
/// <param name="Week">1-based week of the school year.</param>
/// <param name="Performance">Mean true performance (0-100).</param>
/// <param name="Progress">Mean true performance minus the measured baseline (points).</param>
/// <param name="OnTrackPercent">Share of students whose progress so far reached the goal pro-rated over school weeks (%).</param>
public sealed record WeekPoint(int Week, double Performance, double Progress, double OnTrackPercent);

/// <summary>A policy's weekly curve so far.</summary>
/// <param name="Policy">Policy name.</param>
/// <param name="Replications">Replications included so far.</param>
/// <param name="Weeks">One point per week.</param>
public sealed record PolicyWeeks(string Policy, int Replications, IReadOnlyList<WeekPoint> Weeks);

/// <summary>End-of-year figures of one policy, computed as the command line's summary and from the same rows as students.csv.</summary>
/// <param name="Policy">Policy name.</param>
/// <param name="StudentsPerReplication">Students simulated per replication.</param>
/// <param name="MeanProgress">Mean measured progress (points).</param>
/// <param name="GoalsMetPercent">Students meeting their goal (%).</param>
/// <param name="CompliancePercent">Delivered / prescribed minutes (%), null when nothing was prescribed.</param>
/// <param name="PrescribedMinutesPerStudent">Mean prescribed minutes per student per year.</param>
/// <param name="DeliveredMinutesPerStudent">Mean delivered minutes per student per year.</param>
/// <param name="CaseloadPerFte">Students per full-time therapist.</param>
/// <param name="CapacityUsedPercent">Demand / capacity of the therapists (%).</param>
/// <param name="AnnualCost">Staffing cost per year (OtSim.Analysis StaffingCost: salaries less vacant weeks, plus contract therapists); null when the salary is unknown.</param>
/// <param name="CostPerGoalMet">Annual cost / students meeting their goal per replication; null when unknown.</param>
public sealed record PolicyResult(
    string Policy,
    double StudentsPerReplication,
    double MeanProgress,
    double GoalsMetPercent,
    double? CompliancePercent,
    double PrescribedMinutesPerStudent,
    double DeliveredMinutesPerStudent,
    double CaseloadPerFte,
    double CapacityUsedPercent,
    double? AnnualCost,
    double? CostPerGoalMet);

/// <summary>The minutes-versus-progress answer, as the run's analysis states it (analysis.json's <c>answer</c>).</summary>
/// <param name="Available">False when the run has no analysis answer.</param>
/// <param name="SlopePer10Hours">Points of progress per 10 more hours delivered, or null when the answer has none.</param>
/// <param name="CiLow">Lower 95% limit.</param>
/// <param name="CiHigh">Upper 95% limit.</param>
/// <param name="PValue">Two-sided p-value (unadjusted).</param>
/// <param name="N">Student-years analysed.</param>
/// <param name="Verdict">"more", "less", "negligible", "unclear" or "mixed".</param>
/// <param name="Title">The answer in a few words, for the projector.</param>
/// <param name="Headline">The answer in one plain sentence with the numbers.</param>
/// <param name="Detail">What the numbers are and are not.</param>
public sealed record RevealResult(
    bool Available, double? SlopePer10Hours, double? CiLow, double? CiHigh, double? PValue, int N, string Verdict, string Title, string Headline, string Detail);
