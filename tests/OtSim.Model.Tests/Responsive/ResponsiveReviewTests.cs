using OtSim.Model.Policies;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests.Responsive;

/// <summary>The responsive decision rule alone, on hand-made students (defaults: 3 points below aim, steps of 15, cap 60, fade to 13).</summary>
public sealed class ResponsiveReviewTests
{
    private static readonly ResponsiveSpec Spec = ResponsiveSpec.Default;
    private static readonly ServiceMinutes Thirty = new(30, 0, 0);

    // Baseline 50, goal 7 points: at the end of the first quarter (8 of 32 school weeks) the aim line is 50 + 7 * 8/32 = 51.75.
    private static ReviewInput Student(double trend, ServiceMinutes? plan = null, ResponsiveStage stage = ResponsiveStage.Serving, int met = 0, int points = 4) =>
        new(plan ?? Thirty, stage, met, points, trend, 51.75, 57);

    [Fact]
    public void OnTrackThePlanHolds()
    {
        // 51.75 - 49 = 2.75 points short: not 3, so not well below.
        var decision = ResponsiveReview.Decide(Student(49), Spec, routineBlocks: true);
        Assert.Equal(new ReviewDecision(Thirty, ResponsiveStage.Serving, 0, null), decision);
    }

    [Fact]
    public void WellBelowTheAimLineMinutesGoUpByAStepToTheCap()
    {
        // 51.75 - 48.75 = 3 points short: well below, 30 + 15 = 45 direct minutes.
        Assert.Equal(new ReviewDecision(new(45, 0, 0), ResponsiveStage.Serving, 0, PlanChangeReason.BelowAimLine),
            ResponsiveReview.Decide(Student(48.75), Spec, routineBlocks: true));
        // 50 direct + consult: only 10 minutes are left under the cap of 60 direct + push-in.
        Assert.Equal(new ReviewDecision(new(60, 0, 10), ResponsiveStage.Serving, 0, PlanChangeReason.BelowAimLine),
            ResponsiveReview.Decide(Student(40, new(50, 0, 10)), Spec, routineBlocks: true));
        // At the cap nothing changes, and a met review before does not count any more.
        Assert.Equal(new ReviewDecision(new(60, 0, 0), ResponsiveStage.Serving, 0, null),
            ResponsiveReview.Decide(Student(40, new(60, 0, 0), met: 1), Spec, routineBlocks: true));
        // A push-in plan gets its step as push-in.
        Assert.Equal(new ReviewDecision(new(0, 35, 10), ResponsiveStage.Serving, 0, PlanChangeReason.BelowAimLine),
            ResponsiveReview.Decide(Student(40, new(0, 20, 10)), Spec, routineBlocks: true));
    }

    [Fact]
    public void WithThePushInStepDirectMinutesMoveIntoTheRoutineFirstWhereItHasBlocks()
    {
        var spec = Spec with { Step = ResponsiveStep.PushIn };
        Assert.Equal(new ReviewDecision(new(0, 30, 5), ResponsiveStage.Serving, 0, PlanChangeReason.MovedIntoRoutine),
            ResponsiveReview.Decide(Student(45, new(30, 0, 5)), spec, routineBlocks: true));
        // Already in the routine: the next step adds push-in minutes.
        Assert.Equal(new ReviewDecision(new(0, 45, 5), ResponsiveStage.Serving, 0, PlanChangeReason.BelowAimLine),
            ResponsiveReview.Decide(Student(45, new(0, 30, 5)), spec, routineBlocks: true));
        // No routine blocks of the goal activity: nothing to push into, so more direct minutes.
        Assert.Equal(new ReviewDecision(new(45, 0, 5), ResponsiveStage.Serving, 0, PlanChangeReason.BelowAimLine),
            ResponsiveReview.Decide(Student(45, new(30, 0, 5)), spec, routineBlocks: false));
    }

    [Fact]
    public void GoalMetTwiceInARowFadesToConsultationThenDismisses()
    {
        // Trend 57 reaches the goal (50 + 7): the first met review holds the plan and counts.
        var first = ResponsiveReview.Decide(Student(57), Spec, routineBlocks: true);
        Assert.Equal(new ReviewDecision(Thirty, ResponsiveStage.Serving, 1, null), first);
        var second = ResponsiveReview.Decide(Student(58, first.Plan, first.Stage, first.GoalMetReviews), Spec, routineBlocks: true);
        Assert.Equal(new ReviewDecision(new(0, 0, 13), ResponsiveStage.Fading, 2, PlanChangeReason.GoalMetFade), second);
        // At the next review the student is dismissed whatever the data say.
        var third = ResponsiveReview.Decide(Student(40, second.Plan, second.Stage, second.GoalMetReviews), Spec, routineBlocks: true);
        Assert.Equal(new ReviewDecision(default, ResponsiveStage.Dismissed, 2, PlanChangeReason.Dismissed), third);
        var fourth = ResponsiveReview.Decide(Student(40, third.Plan, third.Stage, third.GoalMetReviews), Spec, routineBlocks: true);
        Assert.Equal(new ReviewDecision(default, ResponsiveStage.Dismissed, 2, null), fourth);
        // A met review then a miss starts the count again.
        Assert.Equal(0, ResponsiveReview.Decide(Student(52, met: 1), Spec, routineBlocks: true).GoalMetReviews);
    }

    [Fact]
    public void WithTooFewDataPointsThePlanHolds()
    {
        Assert.Equal(new ReviewDecision(Thirty, ResponsiveStage.Serving, 1, null),
            ResponsiveReview.Decide(Student(30, met: 1, points: 2), Spec, routineBlocks: true));
        Assert.Null(ResponsiveReview.Decide(Student(double.NaN), Spec, routineBlocks: true).Reason);
    }
}
