using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>The answer, the one-computation figures and design_points.csv on the shared fixture (one replication, three policies).</summary>
public sealed class AnswerOutputTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Fact]
    public void Headline_is_the_answer_from_the_same_students_contrast()
    {
        var answer = fixture.Document.Answer!;
        Assert.Equal("counterfactual", answer.Source);
        Assert.Equal(answer.Headline, fixture.Document.Summary.Headline);
        Assert.Equal(answer.Explanation, fixture.Document.Summary.Paragraphs[0]);
        var contrasts = fixture.Document.Counterfactual!.Contrasts;
        Assert.Equal(3, contrasts.Count);
        Assert.Contains(contrasts, c => $"{c.Policy} vs {c.Versus}" == answer.Basis);
        Assert.All(contrasts, c => Assert.True(c.MinutesDifference["total"] >= 0, $"{c.Policy} vs {c.Versus} is oriented to more minutes"));
        Assert.All(fixture.Document.Charts, c => Assert.DoesNotContain(
            answer.NaiveSlopePer10Hours.ToString("+0.0#;-0.0#", System.Globalization.CultureInfo.InvariantCulture), c.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Holm_family_covers_every_reported_test_and_only_adjusted_p_makes_a_claim_clear()
    {
        var answer = fixture.Document.Answer!;
        var contrasts = fixture.Document.Counterfactual!.Contrasts;
        Assert.True(answer.Tests.Count >= contrasts.Count + fixture.Document.Policies!.Groups.Count - 1);
        Assert.All(answer.Tests, t => Assert.True(double.IsNaN(t.PValue) || t.PHolm >= t.PValue));
        Assert.All(contrasts, c => Assert.True(c.Verdict is "negligible" || (c.Verdict is "more" or "less") == (c.PHolm < AnswerBuilder.Alpha)));
    }

    [Fact]
    public void Design_points_csv_has_the_agreed_columns_and_no_NaN()
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Folder, "design_points.csv"));
        Assert.Equal(
            "design_point,policy,baseline_policy,replications,students,mean_progress,goals_met_percent,compliance,therapist_hours,cost_per_goal_met,slope_per_10h,slope_per_10h_ci_low,slope_per_10h_ci_high,effect_per_10h,effect_per_10h_ci_low,effect_per_10h_ci_high",
            lines[0]);
        var groups = fixture.Document.Policies!.Groups;
        Assert.Equal(groups.Count + 1, lines.Length);
        Assert.DoesNotContain(lines, l => l.Contains("NaN", StringComparison.Ordinal));
        var baseline = lines[1].Split(',');
        Assert.Equal("0", baseline[0]);
        Assert.Equal(baseline[1], baseline[2]);
        Assert.Equal(string.Empty, baseline[13]);
        var other = lines[2].Split(',');
        var contrast = fixture.Document.Counterfactual!.Contrasts.Single(c => (c.Policy, c.Versus) == (other[1], baseline[1]) || (c.Policy, c.Versus) == (baseline[1], other[1]));
        if (contrast.EffectPer10Hours is { } effect)
        {
            Assert.Equal(effect.Estimate, double.Parse(other[13], System.Globalization.CultureInfo.InvariantCulture), 12);
        }

        Assert.Equal(groups.Single(g => g.Name == other[1]).MeanOutcome, double.Parse(other[5], System.Globalization.CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public void Page_and_command_line_figures_are_the_analysis_figures()
    {
        var read = AnalysisFigures.Read(fixture.Folder)!;
        var computed = AnalysisFigures.From(fixture.Document);
        Assert.Equal(computed.Answer!.Headline, read.Answer!.Headline);
        Assert.Equal(computed.Answer.Verdict, read.Answer.Verdict);
        Assert.Equal(computed.NaiveLine, read.NaiveLine);
        Assert.Equal(computed.Policies!.Groups.Select(g => (g.Name, g.MeanOutcome, g.GoalsMetPercent)), read.Policies!.Groups.Select(g => (g.Name, g.MeanOutcome, g.GoalsMetPercent)));
    }

    [Fact]
    public void Pooled_models_separate_service_model_from_dose_and_the_note_does_not_understate()
    {
        var pooled = fixture.Document.Models.Single(m => m.Name == DistrictModels.PooledCr1);
        Assert.Contains(pooled.Coefficients, c => c.Term.StartsWith("policy_", StringComparison.Ordinal));
        Assert.Contains("d$policy_", pooled.RCode, StringComparison.Ordinal);
        var mixed = fixture.Document.Models.Single(m => m.Name == DistrictModels.PooledMixed);
        Assert.Contains(mixed.RandomEffects!, r => r.Group.EndsWith("student_id", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Document.Notes, n => n.Contains("somewhat understated", StringComparison.Ordinal));
    }
}
