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

    /// <summary>
    /// Largest seed: 2^53 - 1, the largest whole number every JSON reader (R, pandas, JavaScript) keeps exactly.
    /// </summary>
    public const ulong MaxSeed = 9_007_199_254_740_991;

    /// <summary>
    /// Largest class (all students, with or without OT). It equals the largest <c>studentsPerClassroom</c>, so the
    /// default class size (24, or the students with OT when more) is always allowed.
    /// </summary>
    public const int MaxClassSize = 99;

    /// <summary>Most sessions of one type per week.</summary>
    public const int MaxSessionsPerWeek = 10;

    /// <summary>Most students in one group session (assumption: school OT groups are small, typically 2-4).</summary>
    public const int MaxGroupSize = 8;
}
