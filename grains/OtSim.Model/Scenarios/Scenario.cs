namespace OtSim.Model.Scenarios;

/// <summary>A complete, validated scenario: the district, staffing, calendar, policies to compare and model parameters.</summary>
/// <param name="Name">Scenario name; the default output folder is <c>results/&lt;name&gt;</c>.</param>
/// <param name="Description">Plain-language description.</param>
/// <param name="Seed">Master seed. Every random stream derives from it.</param>
/// <param name="Replications">Replications of every policy.</param>
/// <param name="BaselinePolicy">The policy others are compared with (defaults to the first).</param>
/// <param name="Calendar">The school year.</param>
/// <param name="District">Schools, classrooms and students.</param>
/// <param name="Staffing">Therapists.</param>
/// <param name="Policies">Minute-allocation policies to compare.</param>
/// <param name="Parameters">Mechanism parameters.</param>
/// <param name="Experiment">An optional experiment design over this scenario (docs/SCENARIOS.md, "Experiments").</param>
/// <param name="Monitoring">How progress-monitoring data points are collected; null for <see cref="MonitoringSpec.Default"/>.</param>
public sealed record Scenario(
    string Name,
    string Description,
    ulong Seed,
    int Replications,
    string BaselinePolicy,
    CalendarSpec Calendar,
    DistrictSpec District,
    StaffingSpec Staffing,
    IReadOnlyList<PolicySpec> Policies,
    ModelParameters Parameters,
    Experiments.ExperimentSpec? Experiment = null,
    MonitoringSpec? Monitoring = null)
{
    /// <summary>How the caseload moves during the year (off unless the scenario has a <c>churn</c> object).</summary>
    public ChurnSpec Churn { get; init; } = ChurnSpec.Off;
}
