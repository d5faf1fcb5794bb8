using OtSim.Model.Scenarios;

namespace OtSim.Model.Policies;

/// <summary>Where a student is in a responsive policy's cycle.</summary>
public enum ResponsiveStage
{
    /// <summary>Receiving the plan's service.</summary>
    Serving,
    /// <summary>Goal met twice in a row: consultation only, dismissed at the next review.</summary>
    Fading,
    /// <summary>Dismissed from OT: no more service.</summary>
    Dismissed,
}

/// <summary>What a review knows of one student.</summary>
/// <param name="Plan">The weekly minutes of the current plan.</param>
/// <param name="Stage">Where the student is in the cycle.</param>
/// <param name="GoalMetReviews">Reviews in a row, before this one, at which the goal was met.</param>
/// <param name="DataPoints">Data points collected so far.</param>
/// <param name="Trend">The least-squares trend line of the data points, evaluated at the review week.</param>
/// <param name="Aim">The aim line at the review week: baseline plus the goal's gain pro-rated to the school weeks gone.</param>
/// <param name="Goal">The annual goal: baseline plus the goal's gain.</param>
public readonly record struct ReviewInput(ServiceMinutes Plan, ResponsiveStage Stage, int GoalMetReviews, int DataPoints, double Trend, double Aim, double Goal);

/// <summary>What a review decides for one student.</summary>
/// <param name="Plan">The weekly minutes from now on.</param>
/// <param name="Stage">The stage from now on.</param>
/// <param name="GoalMetReviews">Reviews in a row, this one included, at which the goal was met.</param>
/// <param name="Reason">Why the plan changed, or null when it holds.</param>
public readonly record struct ReviewDecision(ServiceMinutes Plan, ResponsiveStage Stage, int GoalMetReviews, PlanChangeReason? Reason);

/// <summary>
/// The decision rule of a responsive policy at one review, for one student, as a pure function (docs/MODEL.md,
/// "Responsive policies"). In order: a dismissed student stays dismissed; a faded student is dismissed; with fewer than
/// <see cref="ResponsiveSpec.MinDataPoints"/> data points the plan holds; a trend at or above the annual goal counts a
/// met review, and the second in a row fades the service to consultation; a trend <see cref="ResponsiveSpec.BelowAimPoints"/>
/// or more below the aim line steps the plan up (more minutes up to the cap, or into the routine first); otherwise the plan holds.
/// </summary>
public static class ResponsiveReview
{
    /// <summary>Decides one student's plan; <paramref name="routineBlocks"/> says whether the class routine has blocks of the goal activity.</summary>
    public static ReviewDecision Decide(in ReviewInput input, ResponsiveSpec spec, bool routineBlocks)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var plan = input.Plan;
        switch (input.Stage)
        {
            case ResponsiveStage.Dismissed:
                return new ReviewDecision(plan, ResponsiveStage.Dismissed, input.GoalMetReviews, null);
            case ResponsiveStage.Fading:
                return new ReviewDecision(default, ResponsiveStage.Dismissed, input.GoalMetReviews, PlanChangeReason.Dismissed);
        }
        if (input.DataPoints < spec.MinDataPoints || double.IsNaN(input.Trend))
        {
            return new ReviewDecision(plan, ResponsiveStage.Serving, input.GoalMetReviews, null);
        }
        if (input.Trend >= input.Goal)
        {
            int met = input.GoalMetReviews + 1;
            return met >= ResponsiveSpec.GoalMetReviewsToFade
                ? new ReviewDecision(new ServiceMinutes(0, 0, spec.FadeConsultMinutes), ResponsiveStage.Fading, met, PlanChangeReason.GoalMetFade)
                : new ReviewDecision(plan, ResponsiveStage.Serving, met, null);
        }
        if (input.Aim - input.Trend >= spec.BelowAimPoints)
        {
            var (stepped, reason) = StepUp(plan, spec, routineBlocks);
            return new ReviewDecision(stepped, ResponsiveStage.Serving, 0, reason);
        }
        return new ReviewDecision(plan, ResponsiveStage.Serving, 0, null);
    }

    private static (ServiceMinutes Plan, PlanChangeReason? Reason) StepUp(ServiceMinutes plan, ResponsiveSpec spec, bool routineBlocks)
    {
        bool pushIn = spec.Step == ResponsiveStep.PushIn && routineBlocks;
        if (pushIn && plan.Direct > 0)
        {
            return (new ServiceMinutes(0, plan.Integrated + plan.Direct, plan.Consult), PlanChangeReason.MovedIntoRoutine);
        }
        double sessionMinutes = plan.Direct + plan.Integrated;
        double added = Math.Min(spec.StepMinutes, spec.CapMinutes - sessionMinutes);
        if (added <= 0)
        {
            return (plan, null);
        }
        // Minutes go where the plan's service already is: push-in for a push-in plan, otherwise direct.
        bool addIntegrated = pushIn || (plan.Integrated > 0 && plan.Direct == 0);
        var stepped = addIntegrated
            ? plan with { Integrated = plan.Integrated + added }
            : plan with { Direct = plan.Direct + added };
        return (stepped, PlanChangeReason.BelowAimLine);
    }
}
