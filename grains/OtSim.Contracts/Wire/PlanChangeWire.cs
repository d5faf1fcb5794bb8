using OtSim.Model.Policies;
using OtSim.Model.Scenarios;

namespace OtSim.Contracts.Wire;

// The wire form of one IEP change (a row of plan_changes.csv), carried in a caseload's year.

[GenerateSerializer]
internal struct PlanChangeSurrogate
{
    [Id(0)] public long StudentId;
    [Id(1)] public int ClassroomId;
    [Id(2)] public int TherapistId;
    [Id(3)] public int Week;
    [Id(4)] public double DirectBefore;
    [Id(5)] public double IntegratedBefore;
    [Id(6)] public double ConsultBefore;
    [Id(7)] public double DirectAfter;
    [Id(8)] public double IntegratedAfter;
    [Id(9)] public double ConsultAfter;
    [Id(10)] public PlanChangeReason Reason;
}

[RegisterConverter]
internal sealed class PlanChangeConverter : IConverter<PlanChange, PlanChangeSurrogate>
{
    public PlanChange ConvertFromSurrogate(in PlanChangeSurrogate s) => new(
        s.StudentId, s.ClassroomId, s.TherapistId, s.Week,
        new ServiceMinutes(s.DirectBefore, s.IntegratedBefore, s.ConsultBefore), new ServiceMinutes(s.DirectAfter, s.IntegratedAfter, s.ConsultAfter), s.Reason);

    public PlanChangeSurrogate ConvertToSurrogate(in PlanChange v) => new()
    {
        StudentId = v.StudentId, ClassroomId = v.ClassroomId, TherapistId = v.TherapistId, Week = v.Week,
        DirectBefore = v.Before.Direct, IntegratedBefore = v.Before.Integrated, ConsultBefore = v.Before.Consult,
        DirectAfter = v.After.Direct, IntegratedAfter = v.After.Integrated, ConsultAfter = v.After.Consult, Reason = v.Reason,
    };
}
