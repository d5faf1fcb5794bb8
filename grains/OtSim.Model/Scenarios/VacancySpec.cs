namespace OtSim.Model.Scenarios;

/// <summary>
/// Therapist vacancies and leave (<c>staffing.vacancies</c>): positions listed as vacant, vacancies drawn at a rate,
/// how colleagues cover them, and contract therapists who fill them. Off by default.
/// </summary>
/// <param name="Positions">Positions listed as vacant for given weeks.</param>
/// <param name="Rate">Share of positions vacant at any time; each position draws at most one vacancy a year (0 = none drawn).</param>
/// <param name="Weeks">Length in calendar weeks of a drawn vacancy.</param>
/// <param name="CoverageShare">Share of each colleague's weekly capacity set aside for a vacant caseload in a school they share (0 = sessions are missed and owed).</param>
/// <param name="ContractAfterWeeks">Weeks a vacancy lasts before a contract therapist fills it; null = never filled.</param>
/// <param name="ContractCostPerWeek">What a contract therapist costs per calendar week (currency units).</param>
public sealed record VacancySpec(
    IReadOnlyList<VacantPosition> Positions,
    double Rate,
    int Weeks,
    double CoverageShare,
    int? ContractAfterWeeks,
    double ContractCostPerWeek)
{
    /// <summary>Default length of a drawn vacancy (assumption: about a school term).</summary>
    public const int DefaultWeeks = 12;

    /// <summary>No vacancies: every position filled all year.</summary>
    public static VacancySpec None { get; } = new([], 0, DefaultWeeks, 0, null, 0);

    /// <summary>Whether any position can be vacant; when not, the model takes exactly the path it took before vacancies existed.</summary>
    public bool Any => Positions.Count > 0 || Rate > 0;
}

/// <summary>A position listed as vacant from <paramref name="FromWeek"/> to <paramref name="ToWeek"/> (1-based calendar weeks, inclusive).</summary>
/// <param name="Therapist">The therapist id whose position is vacant.</param>
/// <param name="FromWeek">First vacant week.</param>
/// <param name="ToWeek">Last vacant week.</param>
public sealed record VacantPosition(int Therapist, int FromWeek, int ToWeek);
