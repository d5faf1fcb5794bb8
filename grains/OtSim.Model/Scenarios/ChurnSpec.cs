namespace OtSim.Model.Scenarios;

/// <summary>
/// How the caseload moves during the year (the scenario's optional <c>churn</c> object). Off by default, so a scenario
/// that does not mention it keeps every student on the caseload for the whole year.
/// </summary>
/// <param name="MoveAwayRatePerYear">
/// Share of students on the caseload who move away during the year (assumption; no national figure for students with
/// OT). A mover leaves at a school week drawn uniformly from the second to the last.
/// </param>
public sealed record ChurnSpec(double MoveAwayRatePerYear = 0)
{
    /// <summary>No churn: every student is on the caseload all year.</summary>
    public static ChurnSpec Off { get; } = new();

    /// <summary>True when no mechanism of churn is switched on.</summary>
    public bool IsOff => MoveAwayRatePerYear == 0;
}
