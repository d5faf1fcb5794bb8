namespace OtSim.Model.Scenarios;

/// <summary>Allowed ranges for scenario fields. Values outside them are typos or absurd (e.g. 10,000 minutes a week).</summary>
public static class ScenarioLimits
{
    /// <summary>Most minutes of one service type per week (10 hours).</summary>
    public const double MaxWeeklyMinutes = 600;

    /// <summary>Most students on the caseload of one scenario.</summary>
    public const long MaxStudents = 5_000_000;

    /// <summary>Most replications per policy.</summary>
    public const int MaxReplications = 10_000;

    /// <summary>Most sessions of one type per week.</summary>
    public const int MaxSessionsPerWeek = 10;
}
