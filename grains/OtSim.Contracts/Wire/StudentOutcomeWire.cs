using OtSim.Model.District;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;

namespace OtSim.Contracts.Wire;

// The wire form of the model's StudentOutcome: the same record travels from classroom grain to file, no message copy.
[GenerateSerializer]
internal struct StudentOutcomeSurrogate
{
    [Id(0)] public long StudentId;
    [Id(1)] public int ClassroomId;
    [Id(2)] public int SchoolId;
    [Id(3)] public int TherapistId;
    [Id(4)] public int Band;
    [Id(5)] public double Severity;
    [Id(6)] public double Baseline;
    [Id(7)] public double PrescribedDirect;
    [Id(8)] public double PrescribedIntegrated;
    [Id(9)] public double PrescribedConsult;
    [Id(10)] public double DeliveredDirect;
    [Id(11)] public double DeliveredIntegrated;
    [Id(12)] public double DeliveredConsult;
    [Id(13)] public double Collaboration;
    [Id(14)] public double FidelityEnd;
    [Id(15)] public double EndPerformance;
    [Id(16)] public double Progress;
    [Id(17)] public int GasLevel;
    [Id(18)] public double GasTScore;
    [Id(19)] public bool GoalMet;
    [Id(20)] public double AttendanceRate;
    [Id(21)] public int SessionsMissedAbsent;
    [Id(22)] public int EntryWeek;
    [Id(23)] public int? ExitWeek;
    [Id(24)] public int ExitReason;
}

[RegisterConverter]
internal sealed class StudentOutcomeConverter : IConverter<StudentOutcome, StudentOutcomeSurrogate>
{
    public StudentOutcome ConvertFromSurrogate(in StudentOutcomeSurrogate s) => new(
        s.StudentId, s.ClassroomId, s.SchoolId, s.TherapistId, (SeverityBand)s.Band, s.Severity, s.Baseline,
        s.PrescribedDirect, s.PrescribedIntegrated, s.PrescribedConsult, s.DeliveredDirect, s.DeliveredIntegrated, s.DeliveredConsult,
        s.Collaboration, s.FidelityEnd, s.EndPerformance, s.Progress, s.GasLevel, s.GasTScore, s.GoalMet, s.AttendanceRate, s.SessionsMissedAbsent)
    {
        EntryWeek = s.EntryWeek, ExitWeek = s.ExitWeek, ExitReason = (ExitReason)s.ExitReason,
    };

    public StudentOutcomeSurrogate ConvertToSurrogate(in StudentOutcome v) => new()
    {
        StudentId = v.StudentId, ClassroomId = v.ClassroomId, SchoolId = v.SchoolId, TherapistId = v.TherapistId, Band = (int)v.Band,
        Severity = v.Severity, Baseline = v.Baseline, PrescribedDirect = v.PrescribedDirect, PrescribedIntegrated = v.PrescribedIntegrated,
        PrescribedConsult = v.PrescribedConsult, DeliveredDirect = v.DeliveredDirect, DeliveredIntegrated = v.DeliveredIntegrated,
        DeliveredConsult = v.DeliveredConsult, Collaboration = v.Collaboration, FidelityEnd = v.FidelityEnd, EndPerformance = v.EndPerformance,
        Progress = v.Progress, GasLevel = v.GasLevel, GasTScore = v.GasTScore, GoalMet = v.GoalMet, AttendanceRate = v.AttendanceRate,
        SessionsMissedAbsent = v.SessionsMissedAbsent, EntryWeek = v.EntryWeek, ExitWeek = v.ExitWeek, ExitReason = (int)v.ExitReason,
    };
}
