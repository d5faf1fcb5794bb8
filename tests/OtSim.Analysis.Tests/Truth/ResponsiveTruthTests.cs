using OtSim.Analysis.Pipeline;
using OtSim.Model.Scenarios;

namespace OtSim.Analysis.Tests.Truth;

/// <summary>
/// Under a responsive policy minutes follow struggle: students below their aim line get more, students who meet their
/// goal get fewer. The naive association of minutes with progress then turns negative even where minutes help, while
/// the counterfactual contrast of the same students under the blanket plan still reports what minutes do.
/// </summary>
public sealed class ResponsiveTruthTests
{
    public static TheoryData<ulong> Seeds => new() { 21UL, 22UL, 23UL };

    private static Scenario Build(ulong seed) =>
        SimulatedRun.Parse($$"""
            {
              "name": "responsive-truth", "seed": {{seed}}, "replications": 2,
              {{SimulatedRun.District().Replace("\"disruptionRate\": 0.02 }", "\"disruptionRate\": 0.02, \"reviewPeriodWeeks\": 9 }", StringComparison.Ordinal)}},
              "parameters": { "pulloutTransfer": 1 },
              "policies": [
                { "name": "blanket-30", "kind": "blanket", "direct": 30, "sessionsPerWeek": 1 },
                { "name": "responsive", "kind": "responsive", "direct": 30, "sessionsPerWeek": 1, "responsive": { "belowAimPoints": 1, "stepMinutes": 30, "capMinutes": 90 } }
              ]
            }
            """);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheNaiveSlopeTurnsNegativeWhileTheCounterfactualStillShowsMinutesHelp(ulong seed)
    {
        var scenario = Build(seed);
        Assert.Equal(9, scenario.Calendar.ReviewPeriodWeeks);
        var document = SimulatedRun.Analyse(scenario);

        Assert.True(document.Findings.Naive.Estimate < 0, $"naive slope {document.Findings.Naive.Estimate} per 10 hours");
        var contrast = Assert.Single(document.Counterfactual!.Contrasts);
        Assert.Equal(("responsive", "blanket-30"), (contrast.Policy, contrast.Versus));
        Assert.True(contrast.EffectPer10Hours!.CiLow > 0, $"effect {contrast.EffectPer10Hours.Estimate} ({contrast.EffectPer10Hours.CiLow} to {contrast.EffectPer10Hours.CiHigh})");

        var changes = document.PlanChanges!;
        var responsive = changes.Policies.Single(p => p.Policy == "responsive");
        Assert.True(responsive.ByReason.Single(r => r.Reason == "below_aim_line").Changes > 0);
        Assert.Equal(2 * 2 * 6 * 4, responsive.StudentYears);
        Assert.All(changes.Policies.Single(p => p.Policy == "blanket-30").ByReason, r => Assert.Equal(0, r.Changes));
    }
}
