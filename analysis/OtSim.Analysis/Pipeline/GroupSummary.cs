namespace OtSim.Analysis.Pipeline;

/// <summary>One policy (or group) in the comparison, as written to <c>analysis.json</c>.</summary>
/// <param name="Name">Policy or group label.</param>
/// <param name="Rows">Rows (students x replications).</param>
/// <param name="StudentsPerReplication">Rows divided by replications.</param>
/// <param name="MeanOutcome">Mean outcome (progress).</param>
/// <param name="MeanCiLow">Lower 95% limit of the mean (see <see cref="GroupComparisonResult.Method"/>).</param>
/// <param name="MeanCiHigh">Upper 95% limit.</param>
/// <param name="MeanDose">Mean dose (delivered minutes per student).</param>
/// <param name="MeanGasTScore">Mean GAS T-score (OtSim only).</param>
/// <param name="GoalsMetPercent">Students who met their goal, % (OtSim only).</param>
/// <param name="MeanCompliance">Mean delivered/prescribed minutes (OtSim only).</param>
/// <param name="TherapistHours">Therapist service hours delivered per year, mean over replications (OtSim only).</param>
/// <param name="Cost">Staffing cost per year (<see cref="StaffingCost"/>: salaries less vacant weeks, plus contract therapists), when the scenario gives a salary.</param>
/// <param name="CostPerGoalMet">Cost divided by goals met per year.</param>
/// <param name="Difference">Mean outcome minus the baseline's, with its 95% interval; null for the baseline.</param>
/// <param name="HedgesG">Standardised difference from the baseline (students pooled); null for the baseline.</param>
public sealed record GroupSummary(
    string Name,
    int Rows,
    double StudentsPerReplication,
    double MeanOutcome,
    double MeanCiLow,
    double MeanCiHigh,
    double MeanDose,
    double? MeanGasTScore,
    double? GoalsMetPercent,
    double? MeanCompliance,
    double? TherapistHours,
    double? Cost,
    double? CostPerGoalMet,
    DifferenceEstimate? Difference,
    EffectSizeEstimate? HedgesG)
{
    /// <summary>Mean prescribed minutes per student (OtSim only).</summary>
    public double? MeanPrescribed { get; init; }

    /// <summary>Points of progress (summed over the policy's students) per delivered therapist hour, mean over runs.</summary>
    public RateEstimate? ProgressPerTherapistHour { get; init; }

    /// <summary>Goals met per delivered therapist hour, mean over runs.</summary>
    public RateEstimate? GoalsMetPerTherapistHour { get; init; }
}

/// <summary>A per-run rate with a t interval over runs (design point x replication).</summary>
/// <param name="Estimate">Mean of the per-run rates.</param>
/// <param name="CiLow">Lower 95% limit (t on runs - 1 df); null with one run.</param>
/// <param name="CiHigh">Upper 95% limit; null with one run.</param>
/// <param name="Runs">Runs averaged.</param>
public sealed record RateEstimate(double Estimate, double? CiLow, double? CiHigh, int Runs);

/// <summary>A difference in mean outcome from the baseline.</summary>
/// <param name="Estimate">Mean difference (group - baseline).</param>
/// <param name="CiLow">Lower 95% limit.</param>
/// <param name="CiHigh">Upper 95% limit.</param>
/// <param name="PValue">Two-sided p.</param>
/// <param name="Df">t degrees of freedom.</param>
/// <param name="Method"><c>paired_replications</c> or <c>welch_students</c>.</param>
public sealed record DifferenceEstimate(double Estimate, double CiLow, double CiHigh, double PValue, double Df, string Method);

/// <summary>Hedges' g with its approximate normal 95% interval.</summary>
/// <param name="Estimate">g.</param>
/// <param name="CiLow">Lower limit.</param>
/// <param name="CiHigh">Upper limit.</param>
public sealed record EffectSizeEstimate(double Estimate, double CiLow, double CiHigh);

/// <summary>The policy (group) comparison.</summary>
/// <param name="Column">Group column (<c>policy</c>).</param>
/// <param name="Baseline">Group the others are compared with.</param>
/// <param name="Method"><c>paired_replications</c> (2+ replications) or <c>welch_students</c>.</param>
/// <param name="MethodDescription">The method in words.</param>
/// <param name="Replications">Number of replications.</param>
/// <param name="Groups">Groups in display order (baseline first).</param>
public sealed record GroupComparisonResult(string Column, string Baseline, string Method, string MethodDescription, int Replications, IReadOnlyList<GroupSummary> Groups);
