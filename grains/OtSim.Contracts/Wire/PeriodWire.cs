using OtSim.Model.Progress;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Contracts.Wire;

// The wire forms of what therapist and classroom exchange each review period: services one way, observations back.

[GenerateSerializer]
internal struct ReviewPeriodSurrogate
{
    [Id(0)] public int Index;
    [Id(1)] public int FirstWeek;
    [Id(2)] public int EndWeek;
    [Id(3)] public bool IsLast;
}

[RegisterConverter]
internal sealed class ReviewPeriodConverter : IConverter<ReviewPeriod, ReviewPeriodSurrogate>
{
    public ReviewPeriod ConvertFromSurrogate(in ReviewPeriodSurrogate s) => new(s.Index, s.FirstWeek, s.EndWeek, s.IsLast);

    public ReviewPeriodSurrogate ConvertToSurrogate(in ReviewPeriod v) => new() { Index = v.Index, FirstWeek = v.FirstWeek, EndWeek = v.EndWeek, IsLast = v.IsLast };
}

[GenerateSerializer]
internal struct StudentServicesSurrogate
{
    [Id(0)] public long StudentId;
    [Id(1)] public float[] Weekly;
    [Id(2)] public double PrescribedDirect;
    [Id(3)] public double PrescribedIntegrated;
    [Id(4)] public double PrescribedConsult;
    [Id(5)] public int SessionsMissedAbsent;
    [Id(6)] public int EntryWeek;
    [Id(7)] public int DismissedWeek;
}

[RegisterConverter]
internal sealed class StudentServicesConverter : IConverter<StudentServices, StudentServicesSurrogate>
{
    public StudentServices ConvertFromSurrogate(in StudentServicesSurrogate s) =>
        new(s.StudentId, s.Weekly, s.PrescribedDirect, s.PrescribedIntegrated, s.PrescribedConsult, s.SessionsMissedAbsent) { EntryWeek = s.EntryWeek, DismissedWeek = s.DismissedWeek };

    public StudentServicesSurrogate ConvertToSurrogate(in StudentServices v) => new()
    {
        StudentId = v.StudentId, Weekly = v.Weekly.ToArray(), PrescribedDirect = v.PrescribedDirect, PrescribedIntegrated = v.PrescribedIntegrated,
        PrescribedConsult = v.PrescribedConsult, SessionsMissedAbsent = v.SessionsMissedAbsent, EntryWeek = v.EntryWeek,
        DismissedWeek = v.DismissedWeek,
    };
}

[GenerateSerializer]
internal struct ClassroomServicesSurrogate
{
    [Id(0)] public int ClassroomId;
    [Id(1)] public int TherapistId;
    [Id(2)] public ReviewPeriod Period;
    [Id(3)] public StudentServices[] Students;
}

[RegisterConverter]
internal sealed class ClassroomServicesConverter : IConverter<ClassroomServices, ClassroomServicesSurrogate>
{
    public ClassroomServices ConvertFromSurrogate(in ClassroomServicesSurrogate s) => new(s.ClassroomId, s.TherapistId, s.Period, s.Students);

    public ClassroomServicesSurrogate ConvertToSurrogate(in ClassroomServices v) => new()
    {
        ClassroomId = v.ClassroomId, TherapistId = v.TherapistId, Period = v.Period, Students = v.Students,
    };
}

[GenerateSerializer]
internal struct ClassroomObservationsSurrogate
{
    [Id(0)] public int ClassroomId;
    [Id(1)] public ReviewPeriod Period;
    [Id(2)] public int SchoolDays;
    [Id(3)] public int[] DaysPresent;
    [Id(4)] public int[] ProbeWeeks;
    [Id(5)] public float[] Probes;
}

[RegisterConverter]
internal sealed class ClassroomObservationsConverter : IConverter<ClassroomObservations, ClassroomObservationsSurrogate>
{
    public ClassroomObservations ConvertFromSurrogate(in ClassroomObservationsSurrogate s) =>
        new(s.ClassroomId, s.Period, s.SchoolDays, s.DaysPresent, s.ProbeWeeks, s.Probes);

    public ClassroomObservationsSurrogate ConvertToSurrogate(in ClassroomObservations v) => new()
    {
        ClassroomId = v.ClassroomId, Period = v.Period, SchoolDays = v.SchoolDays, DaysPresent = v.DaysPresent, ProbeWeeks = v.ProbeWeeks, Probes = v.Probes,
    };
}

[GenerateSerializer]
internal struct ClassroomReportSurrogate
{
    [Id(0)] public ClassroomObservations Observations;
    [Id(1)] public ClassroomYear? Year;
}

[RegisterConverter]
internal sealed class ClassroomReportConverter : IConverter<ClassroomReport, ClassroomReportSurrogate>
{
    public ClassroomReport ConvertFromSurrogate(in ClassroomReportSurrogate s) => new(s.Observations, s.Year);

    public ClassroomReportSurrogate ConvertToSurrogate(in ClassroomReport v) => new() { Observations = v.Observations, Year = v.Year };
}
