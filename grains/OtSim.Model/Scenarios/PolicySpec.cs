namespace OtSim.Model.Scenarios;

/// <summary>One minute-allocation policy to compare.</summary>
/// <param name="Name">Name used in outputs (the <c>policy</c> column).</param>
/// <param name="Kind">How plans are made.</param>
/// <param name="Minutes">Weekly minutes for blanket, collaborative and 3:1 policies; the default for per-student plans.</param>
/// <param name="SessionsPerWeek">Direct and integrated sessions per week the minutes are split into.</param>
/// <param name="BySeverity">Weekly minutes per severity band, for needs-based policies.</param>
/// <param name="PlansFile">The per-student plan CSV (resolved path), for per-student policies.</param>
/// <param name="Plans">Per-student plans by student id, read from <paramref name="PlansFile"/>.</param>
/// <param name="GroupSize">Most students of one classroom served together in one direct or push-in session (1 = individual sessions).</param>
/// <param name="Responsive">The review rule of a responsive policy.</param>
public sealed record PolicySpec(
    string Name,
    PolicyKind Kind,
    ServiceMinutes Minutes,
    int SessionsPerWeek,
    IReadOnlyDictionary<SeverityBand, ServiceMinutes>? BySeverity = null,
    string? PlansFile = null,
    IReadOnlyDictionary<long, ServiceMinutes>? Plans = null,
    int GroupSize = 1,
    ResponsiveSpec? Responsive = null);
