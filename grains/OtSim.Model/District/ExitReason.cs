namespace OtSim.Model.District;

/// <summary>Why a student left the caseload during the year (students.csv <c>exit_reason</c>).</summary>
public enum ExitReason
{
    /// <summary>On the caseload to the end of the year.</summary>
    None = 0,
    /// <summary>Moved away (the scenario's <c>churn.moveAwayRatePerYear</c>).</summary>
    Moved = 1,
    /// <summary>Dismissed from OT at a review (reserved for responsive policies).</summary>
    Dismissed = 2,
}
