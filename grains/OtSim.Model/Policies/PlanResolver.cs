using OtSim.Model.District;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Policies;

/// <summary>Turns a policy and a student into the student's service plan.</summary>
public static class PlanResolver
{
    /// <summary>The plan for <paramref name="student"/> under <paramref name="policy"/>.</summary>
    public static ServicePlan Resolve(PolicySpec policy, in StudentProfile student) => policy.Kind switch
    {
        PolicyKind.NeedsBased => new ServicePlan(policy.BySeverity![student.Band], policy.SessionsPerWeek, false),
        PolicyKind.Responsive when policy.BySeverity is { } bands => new ServicePlan(bands[student.Band], policy.SessionsPerWeek, false),
        PolicyKind.ThreeToOne => new ServicePlan(policy.Minutes, policy.SessionsPerWeek, true),
        PolicyKind.PerStudent when policy.Plans!.TryGetValue(student.StudentId, out var own)
            => new ServicePlan(own, Math.Max(1, policy.SessionsPerWeek), false),
        _ => new ServicePlan(policy.Minutes, policy.SessionsPerWeek, false),
    };
}
