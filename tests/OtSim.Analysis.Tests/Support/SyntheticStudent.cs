namespace OtSim.Analysis.Tests.Support;

/// <summary>A students.csv-like row made up for tests.</summary>
public sealed record SyntheticStudent(
    string StudentId,
    string Policy,
    double Severity,
    double Baseline,
    double DeliveredMinutes,
    double Collaboration,
    double Progress);
