namespace OtSim.Model.Scenarios;

/// <summary>How a policy turns a student into an IEP service plan. Policies are data in the scenario, not code.</summary>
public enum PolicyKind
{
    /// <summary>Everyone gets the same weekly minutes.</summary>
    Blanket,
    /// <summary>Minutes per severity band (mild / moderate / severe).</summary>
    NeedsBased,
    /// <summary>Collaborative / integrated: fewer pull-out minutes, more push-in and consultation (same fields as blanket).</summary>
    Collaborative,
    /// <summary>Three weeks of direct service, then one week in which the direct minutes become consultation.</summary>
    ThreeToOne,
    /// <summary>Per-student plans read from a CSV file.</summary>
    PerStudent,
    /// <summary>Starts from blanket or per-severity minutes and changes each plan at reviews from the student's data points.</summary>
    Responsive,
}
