namespace OtSim.Model.Scenarios;

/// <summary>What a responsive policy does for a student well below the aim line.</summary>
public enum ResponsiveStep
{
    /// <summary>Add <see cref="ResponsiveSpec.StepMinutes"/> of the plan's service (direct, or push-in for a push-in plan), up to the cap.</summary>
    MoreMinutes,
    /// <summary>Move the plan's direct minutes into the class routine as push-in (where routine blocks exist); then add minutes as push-in.</summary>
    PushIn,
}

/// <summary>
/// The decision rule of a <c>responsive</c> policy (docs/MODEL.md, "Responsive policies"). Defaults are assumptions
/// unless noted: no published figure gives mid-year IEP-change rates (domain primer).
/// </summary>
/// <param name="BelowAimPoints">A student is well below the aim line when the trend of the data points at the review falls this many points (or more) short of it.</param>
/// <param name="StepMinutes">Weekly minutes added at a review for a student well below the aim line.</param>
/// <param name="CapMinutes">The most weekly direct + push-in minutes a step may reach.</param>
/// <param name="Step">Whether a student well below the aim line gets more minutes or is moved into the class routine first.</param>
/// <param name="FadeConsultMinutes">Weekly consultation minutes of the faded plan (PT COUNTS: 13 minutes a week on behalf of the student).</param>
/// <param name="MinDataPoints">Data points needed before a plan is reviewed; fewer, and the plan holds.</param>
public sealed record ResponsiveSpec(
    double BelowAimPoints = 3, double StepMinutes = 15, double CapMinutes = 60, ResponsiveStep Step = ResponsiveStep.MoreMinutes,
    double FadeConsultMinutes = 13, int MinDataPoints = 3)
{
    /// <summary>The documented defaults.</summary>
    public static ResponsiveSpec Default { get; } = new();

    /// <summary>Reviews in a row at which the goal is met before the service fades to consultation.</summary>
    public const int GoalMetReviewsToFade = 2;
}
