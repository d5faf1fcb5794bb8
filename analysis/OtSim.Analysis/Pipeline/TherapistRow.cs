using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>One row of <c>therapists.csv</c> (therapist x policy x replication).</summary>
/// <param name="Policy">Policy.</param>
/// <param name="Replication">Replication label.</param>
/// <param name="TherapistId">Therapist id.</param>
/// <param name="Fte">Full-time equivalent.</param>
/// <param name="Caseload">Students served.</param>
/// <param name="CapacityMinutes">Service minutes the therapist could deliver in the year.</param>
/// <param name="DemandMinutes">Minutes prescribed to her students.</param>
/// <param name="DeliveredMinutes">Student minutes delivered (a group session counts once per student).</param>
/// <param name="CapacityUsed">Therapist minutes / capacity.</param>
/// <param name="Compliance">Delivered / prescribed.</param>
/// <param name="DesignPoint">Design point of an experiment (its <c>design_point</c> value), or null without one.</param>
public sealed record TherapistRow(
    string Policy,
    string Replication,
    string TherapistId,
    double Fte,
    double Caseload,
    double CapacityMinutes,
    double DemandMinutes,
    double DeliveredMinutes,
    double CapacityUsed,
    double Compliance,
    string? DesignPoint = null)
{
    /// <summary>Therapist minutes spent on services (group sessions once); the delivered minutes in files written before the column existed.</summary>
    public double TherapistMinutes { get; init; } = DeliveredMinutes;

    /// <summary>Calendar weeks the position was vacant; 0 in files written before vacancies.</summary>
    public double VacantWeeks { get; init; }

    /// <summary>What contract therapists cost for this position; 0 in files written before vacancies.</summary>
    public double ContractCost { get; init; }

    /// <summary>What <see cref="StaffingCost"/> needs of this row.</summary>
    public (double Fte, double VacantWeeks, double ContractCost) CostInputs => (Fte, VacantWeeks, ContractCost);

    /// <summary>The run (design point and replication) as the analysis labels it: <c>design_point:replication</c> or the replication.</summary>
    public string Run => DesignPoint is null ? Replication : $"{DesignPoint}:{Replication}";

    /// <summary>Reads <c>therapists.csv</c>; errors name the file, column and row.</summary>
    public static IReadOnlyList<TherapistRow> Load(string path)
    {
        var table = TidyTable.Load(path);
        var policy = table.GetText("policy");
        var replication = table.GetText("replication");
        var id = table.GetText("therapist_id");
        var fte = table.GetNumeric("fte");
        var caseload = table.GetNumeric("caseload");
        var capacity = table.GetNumeric("capacity_minutes");
        var demand = table.GetNumeric("demand_minutes");
        var delivered = table.GetNumeric("delivered_minutes");
        var used = table.GetNumeric("capacity_used");
        var compliance = table.GetNumeric("compliance");
        var point = table.HasColumn("design_point") ? table.GetText("design_point") : null;
        var therapist = table.HasColumn("therapist_minutes") ? table.GetNumeric("therapist_minutes") : delivered;
        var vacant = table.HasColumn("vacant_weeks") ? table.GetNumeric("vacant_weeks") : null;
        var contract = table.HasColumn("contract_cost") ? table.GetNumeric("contract_cost") : null;
        return Enumerable.Range(0, table.RowCount)
            .Select(i => new TherapistRow(policy[i], replication[i], id[i], fte[i], caseload[i], capacity[i], demand[i], delivered[i], used[i], compliance[i], point?[i].Trim())
            {
                TherapistMinutes = therapist[i],
                VacantWeeks = vacant?[i] ?? 0,
                ContractCost = contract?[i] ?? 0,
            })
            .ToList();
    }
}
