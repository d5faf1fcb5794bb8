using OtSim.Model.Scenarios;

namespace OtSim.Model.Policies;

/// <summary>Why an IEP's service plan changed at a review.</summary>
public enum PlanChangeReason
{
    /// <summary>The trend of the data points fell well below the aim line: minutes went up by a step.</summary>
    BelowAimLine,
    /// <summary>The trend fell well below the aim line: direct minutes moved into the class routine as push-in.</summary>
    MovedIntoRoutine,
    /// <summary>The goal was met at two reviews in a row: the service faded to consultation.</summary>
    GoalMetFade,
    /// <summary>One review after fading: the student was dismissed from OT (still in class, still measured at year end).</summary>
    Dismissed,
}

/// <summary>One change to a student's IEP service plan. One row of plan_changes.csv.</summary>
/// <param name="StudentId">The student.</param>
/// <param name="ClassroomId">The student's classroom.</param>
/// <param name="TherapistId">The therapist who changed the plan.</param>
/// <param name="Week">The 1-based calendar week the new plan starts (the review is held at the end of the week before).</param>
/// <param name="Before">Weekly minutes by type before the change.</param>
/// <param name="After">Weekly minutes by type after the change.</param>
/// <param name="Reason">Why the plan changed.</param>
public sealed record PlanChange(long StudentId, int ClassroomId, int TherapistId, int Week, ServiceMinutes Before, ServiceMinutes After, PlanChangeReason Reason);
