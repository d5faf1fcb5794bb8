namespace OtSim.Model.Scenarios;

/// <summary>Need severity bands; a student's continuous severity (0-1) falls in one third of the range per band.</summary>
public enum SeverityBand
{
    Mild = 0,
    Moderate = 1,
    Severe = 2,
}
