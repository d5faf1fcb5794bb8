using OtSim.Model.Policies;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests.Responsive;

/// <summary>The worked example of docs/MODEL.md, "Responsive policies", step by step.</summary>
public sealed class ResponsiveModelDocExampleTests
{
    [Fact]
    public void TheDocumentedExampleComesOutAsWritten()
    {
        var spec = ResponsiveSpec.Default;
        Assert.Equal(14, new ModelParameters().GoalGainPoints);
        double aim9 = 50 + 14.0 * 9 / 32, aim18 = 50 + 14.0 * 15 / 32;
        Assert.Equal(53.94, aim9, 2);
        Assert.Equal(56.56, aim18, 2);
        var first = ResponsiveReview.Decide(new ReviewInput(new(30, 0, 0), ResponsiveStage.Serving, 0, 4, 48.5, aim9, 64), spec, true);
        Assert.Equal((new ServiceMinutes(45, 0, 0), PlanChangeReason.BelowAimLine), (first.Plan, first.Reason!.Value));
        var second = ResponsiveReview.Decide(new ReviewInput(first.Plan, first.Stage, first.GoalMetReviews, 8, 54, aim18, 64), spec, true);
        Assert.Equal((new ServiceMinutes(45, 0, 0), (PlanChangeReason?)null), (second.Plan, second.Reason));

        var fast9 = ResponsiveReview.Decide(new ReviewInput(new(30, 0, 0), ResponsiveStage.Serving, 0, 4, 64.2, aim9, 64), spec, true);
        var fast18 = ResponsiveReview.Decide(new ReviewInput(fast9.Plan, fast9.Stage, fast9.GoalMetReviews, 8, 65, aim18, 64), spec, true);
        var fast27 = ResponsiveReview.Decide(new ReviewInput(fast18.Plan, fast18.Stage, fast18.GoalMetReviews, 12, 65, 58, 64), spec, true);
        Assert.Equal(
            [(null, 30.0, 0.0), (PlanChangeReason.GoalMetFade, 0, 13), (PlanChangeReason.Dismissed, 0, 0)],
            new[] { fast9, fast18, fast27 }.Select(d => (d.Reason, d.Plan.Direct, d.Plan.Consult)));
    }
}
