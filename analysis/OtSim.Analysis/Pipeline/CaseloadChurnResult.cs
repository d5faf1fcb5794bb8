namespace OtSim.Analysis.Pipeline;

/// <summary>The caseload over the year and the evaluations, per policy (analysis.json <c>caseload</c>).</summary>
/// <param name="Weeks">Calendar weeks in the year.</param>
/// <param name="Policies">One entry per policy, in file order.</param>
public sealed record CaseloadChurnResult(int Weeks, IReadOnlyList<CaseloadPolicy> Policies);

/// <summary>One policy's caseload over the year, as means per run.</summary>
/// <param name="Policy">Policy.</param>
/// <param name="WeeklyCaseload">Students on the caseload in each calendar week (week 1 first).</param>
/// <param name="MovedAway">Students who moved away during the year.</param>
/// <param name="Joined">Students who joined during the year (found eligible after a referral).</param>
/// <param name="Evaluations">The evaluations of referred students, or null without evaluations.csv.</param>
public sealed record CaseloadPolicy(string Policy, IReadOnlyList<double> WeeklyCaseload, double MovedAway, double Joined, EvaluationSummary? Evaluations)
{
    /// <summary>Students on the caseload in week 1.</summary>
    public double Start => WeeklyCaseload[0];

    /// <summary>Students on the caseload in the last week.</summary>
    public double End => WeeklyCaseload[^1];
}

/// <summary>The evaluations of one policy's referred students, as means per run and shares.</summary>
/// <param name="Referrals">Referrals in the year.</param>
/// <param name="Completed">Evaluations completed within the year.</param>
/// <param name="OnTimeShare">Share completed by the due week, of those completed or due within the year (null when none).</param>
/// <param name="EligibleShare">Share of completed evaluations that found the student eligible (null when none completed).</param>
/// <param name="MeanWeeksConsentToCompletion">Mean calendar weeks from consent to completion (0: the week of consent), or null.</param>
public sealed record EvaluationSummary(double Referrals, double Completed, double? OnTimeShare, double? EligibleShare, double? MeanWeeksConsentToCompletion);
