using OtSim.Model.Engine;
using OtSim.Model.Policies;
using OtSim.Model.Progress;

namespace OtSim.Model.Stepping;

/// <summary>A therapist's caseload at the end of the year: the therapist's figures and its classrooms' years, in classroom-id order.</summary>
/// <param name="Therapist">The therapist's figures.</param>
/// <param name="Classrooms">The classrooms' years.</param>
/// <param name="PlanChanges">The IEP changes the therapist made, in review order, then caseload order.</param>
public sealed record CaseloadYear(TherapistSummary Therapist, IReadOnlyList<ClassroomYear> Classrooms, IReadOnlyList<PlanChange> PlanChanges)
{
    /// <summary>The evaluations of students referred in the caseload's classrooms (student-id order; empty without referrals).</summary>
    public IReadOnlyList<Services.EvaluationRecord> Evaluations { get; init; } = [];
}
