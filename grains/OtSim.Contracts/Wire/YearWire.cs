using OtSim.Model.Engine;
using OtSim.Model.Policies;
using OtSim.Model.Progress;
using OtSim.Model.Stepping;

namespace OtSim.Contracts.Wire;

// The wire forms of a therapist's figures, a classroom's year and a caseload's year (what a therapist grain returns).

[GenerateSerializer]
internal struct TherapistSummarySurrogate
{
    [Id(0)] public int TherapistId;
    [Id(1)] public double Fte;
    [Id(2)] public int Schools;
    [Id(3)] public int Caseload;
    [Id(4)] public double CapacityMinutes;
    [Id(5)] public double DemandMinutes;
    [Id(6)] public double DeliveredMinutes;
}

[RegisterConverter]
internal sealed class TherapistSummaryConverter : IConverter<TherapistSummary, TherapistSummarySurrogate>
{
    public TherapistSummary ConvertFromSurrogate(in TherapistSummarySurrogate s) =>
        new(s.TherapistId, s.Fte, s.Schools, s.Caseload, s.CapacityMinutes, s.DemandMinutes, s.DeliveredMinutes);

    public TherapistSummarySurrogate ConvertToSurrogate(in TherapistSummary v) => new()
    {
        TherapistId = v.TherapistId, Fte = v.Fte, Schools = v.Schools, Caseload = v.Caseload,
        CapacityMinutes = v.CapacityMinutes, DemandMinutes = v.DemandMinutes, DeliveredMinutes = v.DeliveredMinutes,
    };
}

[GenerateSerializer]
internal struct ClassroomYearSurrogate
{
    [Id(0)] public int ClassroomId;
    [Id(1)] public StudentOutcome[] Students;
    [Id(2)] public WeekRecord[] Weeks;
}

[RegisterConverter]
internal sealed class ClassroomYearConverter : IConverter<ClassroomYear, ClassroomYearSurrogate>
{
    public ClassroomYear ConvertFromSurrogate(in ClassroomYearSurrogate s) => new(s.ClassroomId, s.Students, s.Weeks);

    public ClassroomYearSurrogate ConvertToSurrogate(in ClassroomYear v) => new()
    {
        ClassroomId = v.ClassroomId, Students = v.Students as StudentOutcome[] ?? [.. v.Students], Weeks = v.Weeks as WeekRecord[] ?? [.. v.Weeks],
    };
}

[GenerateSerializer]
internal struct CaseloadYearSurrogate
{
    [Id(0)] public TherapistSummary Therapist;
    [Id(1)] public ClassroomYear[] Classrooms;
    [Id(2)] public PlanChange[] PlanChanges;
}

[RegisterConverter]
internal sealed class CaseloadYearConverter : IConverter<CaseloadYear, CaseloadYearSurrogate>
{
    public CaseloadYear ConvertFromSurrogate(in CaseloadYearSurrogate s) => new(s.Therapist, s.Classrooms, s.PlanChanges);

    public CaseloadYearSurrogate ConvertToSurrogate(in CaseloadYear v) => new()
    {
        Therapist = v.Therapist, Classrooms = v.Classrooms as ClassroomYear[] ?? [.. v.Classrooms],
        PlanChanges = v.PlanChanges as PlanChange[] ?? [.. v.PlanChanges],
    };
}
