namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Which columns play which role. The same analysis runs on an OtSim dataset (fixed roles) and on any tidy CSV
/// (roles from the command line).
/// </summary>
/// <param name="Source">"otsim" for a simulated dataset, "external" for a user's CSV.</param>
/// <param name="Outcome">Outcome column (progress).</param>
/// <param name="Dose">Dose column (delivered total minutes).</param>
/// <param name="DoseComponents">Parts of the dose analysed separately (direct, integrated, consult minutes).</param>
/// <param name="Covariates">Adjustment covariates.</param>
/// <param name="Moderator">Covariate whose interaction with the dose is estimated (collaboration), or null.</param>
/// <param name="Cluster">Cluster column for CR1 SEs and the innermost random intercept (classroom), or null.</param>
/// <param name="School">Column of a second, outer random intercept (school), or null.</param>
/// <param name="Replication">Replication column; clusters are nested in it when it has several values.</param>
/// <param name="Group">Column whose levels are compared (policy), or null.</param>
/// <param name="BaselineGroup">The group the others are compared with, or null for the first one seen.</param>
/// <param name="DoseUnit">Unit of the dose for text ("minutes"), or null when unknown.</param>
public sealed record AnalysisSpec(
    string Source,
    string Outcome,
    string Dose,
    IReadOnlyList<string> DoseComponents,
    IReadOnlyList<string> Covariates,
    string? Moderator,
    string? Cluster,
    string? School,
    string? Replication,
    string? Group,
    string? BaselineGroup,
    string? DoseUnit)
{
    /// <summary>Design-point column of an experiment (<c>design_point</c>), or null; clusters and pairs are nested in it.</summary>
    public string? DesignPoint { get; init; }

    /// <summary>
    /// Columns that together identify one run of the simulation (design point and replication): students, classrooms
    /// and schools are nested in a run, and policies share students within it. Empty without a replication column.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> RunColumns =>
        Replication is null ? [] : DesignPoint is null ? [Replication] : [DesignPoint, Replication];

    /// <summary>Source value of an OtSim dataset.</summary>
    public const string OtSimSource = "otsim";

    /// <summary>Source value of an external CSV.</summary>
    public const string ExternalSource = "external";

    /// <summary>True for a simulated OtSim dataset.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsOtSim => Source == OtSimSource;

    /// <summary>The roles of an OtSim <c>students.csv</c>.</summary>
    public static AnalysisSpec ForOtSim(string? baselinePolicy) => new(
        OtSimSource,
        "progress",
        "delivered_total_minutes",
        ["delivered_direct_minutes", "delivered_integrated_minutes", "delivered_consult_minutes"],
        ["severity", "baseline", "collaboration"],
        "collaboration",
        "classroom_id",
        "school_id",
        "replication",
        "policy",
        baselinePolicy,
        "minutes");

    /// <summary>Numeric columns the analysis reads.</summary>
    public IEnumerable<string> NumericColumns() =>
        new[] { Outcome, Dose }.Concat(DoseComponents).Concat(Covariates).Distinct(StringComparer.Ordinal);

    /// <summary>Text (label) columns the analysis reads.</summary>
    public IEnumerable<string> TextColumns() =>
        new[] { Cluster, School, Replication, Group, DesignPoint }.OfType<string>().Distinct(StringComparer.Ordinal);
}
