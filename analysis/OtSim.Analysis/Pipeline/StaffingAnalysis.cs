namespace OtSim.Analysis.Pipeline;

/// <summary>One therapist under one policy, averaged over replications.</summary>
/// <param name="Policy">Policy.</param>
/// <param name="TherapistId">Therapist id.</param>
/// <param name="Fte">FTE.</param>
/// <param name="Caseload">Students served.</param>
/// <param name="CapacityMinutes">Yearly service capacity.</param>
/// <param name="DemandMinutes">Prescribed minutes.</param>
/// <param name="DeliveredMinutes">Delivered minutes.</param>
/// <param name="CapacityUsed">Delivered / capacity.</param>
/// <param name="Compliance">Delivered / prescribed.</param>
public sealed record TherapistSummary(
    string Policy, string TherapistId, double Fte, double Caseload, double CapacityMinutes, double DemandMinutes, double DeliveredMinutes, double CapacityUsed, double Compliance);

/// <summary>Staffing under one policy.</summary>
/// <param name="Policy">Policy.</param>
/// <param name="StudentsPerFte">Caseload per full-time therapist.</param>
/// <param name="MeanCapacityUsed">Mean share of capacity used.</param>
/// <param name="OverCapacityTherapists">Therapists whose prescribed demand exceeds capacity.</param>
/// <param name="Compliance">Delivered / prescribed minutes over all therapists.</param>
public sealed record PolicyStaffing(string Policy, double StudentsPerFte, double MeanCapacityUsed, int OverCapacityTherapists, double Compliance)
{
    /// <summary>Prescribed minutes over capacity, summed over therapists (therapist time needed / available).</summary>
    public double DemandOverCapacity { get; init; }
}

/// <summary>Staffing result.</summary>
/// <param name="Therapists">Per therapist and policy.</param>
/// <param name="Policies">Per policy.</param>
public sealed record StaffingResult(IReadOnlyList<TherapistSummary> Therapists, IReadOnlyList<PolicyStaffing> Policies);

/// <summary>Therapist caseload, capacity used and compliance, from therapists.csv.</summary>
public static class StaffingAnalysis
{
    /// <summary>Runs the analysis; null when there is no therapists.csv.</summary>
    public static StaffingResult? Run(IReadOnlyList<TherapistRow>? rows, IReadOnlyList<string> policyOrder)
    {
        if (rows is null || rows.Count == 0)
        {
            return null;
        }

        int Rank(string p) => policyOrder.Contains(p) ? policyOrder.ToList().IndexOf(p) : int.MaxValue;
        var therapists = rows
            .GroupBy(r => (r.Policy, r.TherapistId))
            .Select(g => new TherapistSummary(
                g.Key.Policy, g.Key.TherapistId, g.Average(r => r.Fte), g.Average(r => r.Caseload), g.Average(r => r.CapacityMinutes),
                g.Average(r => r.DemandMinutes), g.Average(r => r.DeliveredMinutes), g.Average(r => r.CapacityUsed), g.Average(r => r.Compliance)))
            .OrderBy(t => Rank(t.Policy)).ThenBy(t => t.Policy, StringComparer.Ordinal).ThenBy(t => NumericKey(t.TherapistId)).ThenBy(t => t.TherapistId, StringComparer.Ordinal)
            .ToList();
        var policies = therapists
            .GroupBy(t => t.Policy)
            .Select(g => new PolicyStaffing(
                g.Key,
                g.Sum(t => t.Caseload) / g.Sum(t => t.Fte),
                g.Average(t => t.CapacityUsed),
                g.Count(t => t.DemandMinutes > t.CapacityMinutes),
                g.Sum(t => t.DemandMinutes) > 0 ? g.Sum(t => t.DeliveredMinutes) / g.Sum(t => t.DemandMinutes) : double.NaN)
            {
                DemandOverCapacity = g.Sum(t => t.CapacityMinutes) > 0 ? g.Sum(t => t.DemandMinutes) / g.Sum(t => t.CapacityMinutes) : double.NaN,
            })
            .ToList();
        return new StaffingResult(therapists, policies);
    }

    private static double NumericKey(string id) =>
        double.TryParse(id, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.MaxValue;
}
