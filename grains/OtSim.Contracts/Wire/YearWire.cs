using OtSim.Model.Engine;
using OtSim.Model.Policies;
using OtSim.Model.Progress;
using OtSim.Model.Services;
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
    [Id(7)] public double GroupSavedMinutes;
    [Id(8)] public int VacantWeeks;
    [Id(9)] public double CoveredMinutes;
    [Id(10)] public int ContractWeeks;
    [Id(11)] public double ContractCost;
}

[RegisterConverter]
internal sealed class TherapistSummaryConverter : IConverter<TherapistSummary, TherapistSummarySurrogate>
{
    public TherapistSummary ConvertFromSurrogate(in TherapistSummarySurrogate s) =>
        new(s.TherapistId, s.Fte, s.Schools, s.Caseload, s.CapacityMinutes, s.DemandMinutes, s.DeliveredMinutes)
        {
            GroupSavedMinutes = s.GroupSavedMinutes, VacantWeeks = s.VacantWeeks, CoveredMinutes = s.CoveredMinutes,
            ContractWeeks = s.ContractWeeks, ContractCost = s.ContractCost,
        };

    public TherapistSummarySurrogate ConvertToSurrogate(in TherapistSummary v) => new()
    {
        TherapistId = v.TherapistId, Fte = v.Fte, Schools = v.Schools, Caseload = v.Caseload,
        CapacityMinutes = v.CapacityMinutes, DemandMinutes = v.DemandMinutes, DeliveredMinutes = v.DeliveredMinutes,
        GroupSavedMinutes = v.GroupSavedMinutes, VacantWeeks = v.VacantWeeks, CoveredMinutes = v.CoveredMinutes,
        ContractWeeks = v.ContractWeeks, ContractCost = v.ContractCost,
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
    [Id(2)] public EvaluationRecord[] Evaluations;
    [Id(3)] public PlanChange[] PlanChanges;
}

[RegisterConverter]
internal sealed class CaseloadYearConverter : IConverter<CaseloadYear, CaseloadYearSurrogate>
{
    public CaseloadYear ConvertFromSurrogate(in CaseloadYearSurrogate s) => new(s.Therapist, s.Classrooms, s.PlanChanges ?? []) { Evaluations = s.Evaluations ?? [] };

    public CaseloadYearSurrogate ConvertToSurrogate(in CaseloadYear v) => new()
    {
        Therapist = v.Therapist, Classrooms = v.Classrooms as ClassroomYear[] ?? [.. v.Classrooms],
        PlanChanges = v.PlanChanges as PlanChange[] ?? [.. v.PlanChanges],
        Evaluations = v.Evaluations as EvaluationRecord[] ?? [.. v.Evaluations],
    };
}

[GenerateSerializer]
internal struct EvaluationRecordSurrogate
{
    [Id(0)] public long StudentId;
    [Id(1)] public int ClassroomId;
    [Id(2)] public int SchoolId;
    [Id(3)] public int TherapistId;
    [Id(4)] public int ReferralWeek;
    [Id(5)] public int ConsentWeek;
    [Id(6)] public int DueWeek;
    [Id(7)] public int? CompletedWeek;
    [Id(8)] public bool? Eligible;
}

[RegisterConverter]
internal sealed class EvaluationRecordConverter : IConverter<EvaluationRecord, EvaluationRecordSurrogate>
{
    public EvaluationRecord ConvertFromSurrogate(in EvaluationRecordSurrogate s) =>
        new(s.StudentId, s.ClassroomId, s.SchoolId, s.TherapistId, s.ReferralWeek, s.ConsentWeek, s.DueWeek, s.CompletedWeek, s.Eligible);

    public EvaluationRecordSurrogate ConvertToSurrogate(in EvaluationRecord v) => new()
    {
        StudentId = v.StudentId, ClassroomId = v.ClassroomId, SchoolId = v.SchoolId, TherapistId = v.TherapistId, ReferralWeek = v.ReferralWeek,
        ConsentWeek = v.ConsentWeek, DueWeek = v.DueWeek, CompletedWeek = v.CompletedWeek, Eligible = v.Eligible,
    };
}
