namespace OtSim.Model.Scenarios;

/// <summary>Need severity bands; a student's continuous severity (0-1) falls in one third of the range per band.</summary>
public enum SeverityBand
{
    /// <summary>Severity 0 to 1/3.</summary>
    Mild = 0,
    /// <summary>Severity 1/3 to 2/3.</summary>
    Moderate = 1,
    /// <summary>Severity 2/3 to 1.</summary>
    Severe = 2,
}
