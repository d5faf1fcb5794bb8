namespace OtSim.Analysis.Charts;

/// <summary>Input for <see cref="TherapistCapacityChart"/>.</summary>
/// <param name="Title">The finding, stated as a sentence.</param>
/// <param name="Therapists">One entry per therapist (averaged over replications by the caller).</param>
/// <param name="Subtitle">Optional second line.</param>
public sealed record CapacityInput(string Title, IReadOnlyList<TherapistLoad> Therapists, string? Subtitle = null)
{
    /// <summary>Title of the capacity axis.</summary>
    public string CapacityAxisTitle { get; init; } = "Therapist capacity (OT minutes per year)";

    /// <summary>Title of the demand axis.</summary>
    public string DemandAxisTitle { get; init; } = "Prescribed demand (OT minutes per year)";
}
