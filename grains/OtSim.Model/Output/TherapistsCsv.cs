using OtSim.Model.Engine;

namespace OtSim.Model.Output;

/// <summary>The columns and rows of therapists.csv: one row per therapist per policy per replication.</summary>
public static class TherapistsCsv
{
    /// <summary>Column names.</summary>
    public static readonly string[] Columns =
    [
        "policy", "replication", "seed", "therapist_id", "fte", "schools", "caseload",
        "capacity_minutes", "demand_minutes", "delivered_minutes", "capacity_used", "compliance",
    ];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>One row.</summary>
    public static string Row(TherapistSummary t, string policy, int replication, ulong seed) => string.Join(',',
        Csv.Text(policy), Csv.Integer(replication), seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Csv.Integer(t.TherapistId), Csv.Number(t.Fte), Csv.Integer(t.Schools), Csv.Integer(t.Caseload),
        Csv.Number(t.CapacityMinutes), Csv.Number(t.DemandMinutes), Csv.Number(t.DeliveredMinutes),
        Csv.Number(t.CapacityMinutes > 0 ? Math.Min(1, t.DeliveredMinutes / t.CapacityMinutes) : 0),
        Csv.Number(t.DemandMinutes > 0 ? t.DeliveredMinutes / t.DemandMinutes : 1));
}
