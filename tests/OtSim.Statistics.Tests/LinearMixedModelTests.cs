using System.Diagnostics;

namespace OtSim.Statistics.Tests;

public class LinearMixedModelTests
{
    // lme4 stops its optimizer near 1e-6 relative in θ; observed agreement: fixed effects/SEs ≤ 2e-6 (≤ 3e-8 away
    // from the boundary), variances ≤ 1e-6.
    private const double FixedRel = 1e-5;       // fixed effects and their SEs (brief: 1e-4 or tighter)
    private const double VarianceRel = 1e-5;    // variance components and residual variance (brief: 1e-3)
    private const double CriterionAbs = 1e-6;   // REML criterion / log-likelihood, absolute
    private const double SatterthwaiteRel = 1e-4; // lmerTest df and p; both use numerical derivatives (observed ≤ 2e-6)

    public static TheoryData<string> RModels => new() { "sleepstudy_ri", "syn_lmer_class", "syn_lmer_nested", "crossed", "boundary", "boundary2" };

    [Theory]
    [MemberData(nameof(RModels))]
    public void MatchesLme4(string model)
    {
        var (y, design, groupings) = Load(model);
        var fit = LinearMixedModel.FitReml(y, design, groupings);
        AssertMatchesLme4(model, fit, design);
    }

    [Theory]
    [InlineData("sleepstudy_ri")]
    [InlineData("syn_lmer_class")]
    [InlineData("syn_lmer_nested")]
    [InlineData("crossed")]
    public void Satterthwaite_MatchesLmerTest(string model)
    {
        var (y, design, groupings) = Load(model);
        var fit = LinearMixedModel.FitReml(y, design, groupings);
        foreach (var term in design.TermNames)
        {
            var c = fit.SatterthwaiteCoefficients.Get(term);
            Assert.Equal(fit.Coefficients.Get(term).StdError, c.StdError);
            Near.Equal(RReference.Get(model, term, "df_satterthwaite"), c.Df, SatterthwaiteRel, what: $"{term} df");
            Near.Equal(RReference.Get(model, term, "p_satterthwaite"), c.PValue, SatterthwaiteRel, 1e-300, $"{term} p");
        }
    }

    [Fact]
    public void Boundary_ReportsExactZeroVariance()
    {
        var (y, design, groupings) = Load("boundary");
        var fit = LinearMixedModel.FitReml(y, design, groupings);
        Assert.Equal(1.0, RReference.Get("boundary", "singular"));
        Assert.Equal(0.0, fit.RandomEffect("g").Variance);
        Assert.Equal(0.0, fit.RandomEffect("g").Icc);
        Assert.True(fit.IsSingular);

        var two = LinearMixedModel.FitReml(Load("boundary2").Y, design, Load("boundary2").Groupings);
        Assert.Equal(0.0, two.RandomEffect("g").Variance);
        Assert.True(two.RandomEffect("h").Variance > 0.1);
        Assert.True(two.Converged);
    }

    [Fact]
    public void Icc_IsShareOfTotalVariance()
    {
        var (y, design, groupings) = Load("syn_lmer_nested");
        var fit = LinearMixedModel.FitReml(y, design, groupings);
        double school = RReference.Get("syn_lmer_nested", "school_id", "variance");
        double cls = RReference.Get("syn_lmer_nested", "classroom_id", "variance");
        double res = RReference.Get("syn_lmer_nested", "Residual", "variance");
        Near.Equal(school / (school + cls + res), fit.RandomEffect("school_id").Icc, VarianceRel, what: "school ICC");
        Near.Equal(cls / (school + cls + res), fit.RandomEffect("classroom_id").Icc, VarianceRel, what: "classroom ICC");
        Assert.False(fit.IsSingular);
    }

    [Fact]
    public void GroupingOrder_DoesNotChangeTheFit()
    {
        var (y, design, groupings) = Load("syn_lmer_nested");
        var a = LinearMixedModel.FitReml(y, design, groupings);
        var b = LinearMixedModel.FitReml(y, design, groupings.Reverse().ToArray());
        Near.Equal(a.RemlCriterion, b.RemlCriterion, 0, 1e-8, "criterion");
        Near.Equal(a.RandomEffect("school_id").Variance, b.RandomEffect("school_id").Variance, 1e-5, what: "school variance");
    }

    [Fact]
    public void LargeSingleFactor_FitsQuickly()
    {
        var (y, design, group) = Synthetic(10_000, 2_000, 1);
        LinearMixedModel.FitReml(y, design, group); // warm-up (JIT)
        var sw = Stopwatch.StartNew();
        var fit = LinearMixedModel.FitReml(y, design, group);
        sw.Stop();
        Assert.True(fit.Converged);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(2), $"took {sw.Elapsed}");
        Near.Equal(4.0, fit.RandomEffects[0].Variance, 0.25, what: "group variance (true 4)");
        Near.Equal(9.0, fit.ResidualVariance, 0.05, what: "residual variance (true 9)");
    }

    [Fact]
    public void LargeNested_FitsQuickly()
    {
        var (y, design, groups) = Synthetic(10_000, 2_000, 100);
        LinearMixedModel.FitReml(y, design, groups);
        var sw = Stopwatch.StartNew();
        var fit = LinearMixedModel.FitReml(y, design, groups);
        sw.Stop();
        Assert.True(fit.Converged);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(2), $"took {sw.Elapsed}");
        Assert.Equal(100, fit.RandomEffect("school").GroupCount);
        Assert.Equal(2_000, fit.RandomEffect("classroom").GroupCount);
    }

    internal static void AssertMatchesLme4(string model, MixedModelResult fit, DesignMatrix design)
    {
        Assert.True(fit.Converged, "optimizer did not converge");
        foreach (var term in design.TermNames)
        {
            var c = fit.Coefficients.Get(term);
            Near.Equal(RReference.Get(model, term, "estimate"), c.Estimate, FixedRel, 1e-12, $"{term} estimate");
            Near.Equal(RReference.Get(model, term, "std_error"), c.StdError, FixedRel, what: $"{term} se");
            Assert.True(double.IsPositiveInfinity(c.Df));
            Near.Equal(RReference.Get(model, term, "ci_low"), c.CiLow, FixedRel, 1e-9, $"{term} Wald ci low");
            Near.Equal(RReference.Get(model, term, "ci_high"), c.CiHigh, FixedRel, 1e-9, $"{term} Wald ci high");
            Near.Equal(RReference.Get(model, term, "p_value"), c.PValue, 1e-3, 1e-300, $"{term} Wald p"); // rel error in p ≈ z² × rel error in SE
        }

        foreach (var re in fit.RandomEffects)
        {
            // abs 1e-8: lme4's optimizer stops at ~3e-10 instead of exactly 0 on the boundary2 fixture
            Near.Equal(RReference.Get(model, re.Group, "variance"), re.Variance, VarianceRel, 1e-8, $"{re.Group} variance");
            Assert.Equal(RReference.Get(model, re.Group, "groups"), re.GroupCount);
        }

        Near.Equal(RReference.Get(model, "Residual", "variance"), fit.ResidualVariance, VarianceRel, what: "residual variance");
        Near.Equal(RReference.Get(model, "reml_criterion"), fit.RemlCriterion, 0, CriterionAbs, "REML criterion");
        Near.Equal(RReference.Get(model, "reml_loglik"), fit.RemlLogLikelihood, 0, CriterionAbs / 2, "REML logLik");
        Assert.Equal(RReference.Get(model, "n"), fit.N);
    }

    internal static (double[] Y, DesignMatrix Design, Grouping[] Groupings) Load(string model)
    {
        switch (model)
        {
            case "sleepstudy_ri":
            {
                var t = CsvTable.Load("sleepstudy.csv");
                var design = DesignMatrix.FromFormula("Days", t.NumericColumns("Days"));
                return (t.Doubles("Reaction"), design, [new Grouping("Subject", t.Strings("Subject"))]);
            }

            case "syn_lmer_class":
            case "syn_lmer_nested":
            {
                var t = Datasets.Nested.Value;
                var data = Datasets.NestedNumeric();
                var design = DesignMatrix.FromFormula(Datasets.NestedRhs, data);
                Assert.Equal(Datasets.RTermOrder(model), design.TermNames);
                var cls = new Grouping("classroom_id", t.Strings("classroom_id"));
                var school = new Grouping("school_id", t.Strings("school_id"));
                return (data["progress"], design, model == "syn_lmer_class" ? [cls] : [school, cls]);
            }

            case "crossed":
            {
                var t = CsvTable.Load("synthetic-crossed.csv");
                var design = DesignMatrix.FromFormula("x", t.NumericColumns("x"));
                return (t.Doubles("y"), design,
                    [new Grouping("therapist_id", t.Strings("therapist_id")), new Grouping("school_id", t.Strings("school_id"))]);
            }

            case "boundary":
            {
                var t = CsvTable.Load("synthetic-boundary.csv");
                var design = DesignMatrix.FromFormula("x", t.NumericColumns("x"));
                return (t.Doubles("y"), design, [new Grouping("g", t.Strings("g"))]);
            }

            case "boundary2":
            {
                var t = CsvTable.Load("synthetic-boundary.csv");
                var design = DesignMatrix.FromFormula("x", t.NumericColumns("x"));
                return (t.Doubles("y2"), design, [new Grouping("g", t.Strings("g")), new Grouping("h", t.Strings("h"))]);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
    }

    /// <summary>Seeded synthetic data: classrooms (variance 4) nested in schools (variance 1 when &gt; 1 school), residual variance 9.</summary>
    private static (double[] Y, DesignMatrix Design, Grouping[] Groupings) Synthetic(int n, int classrooms, int schools)
    {
        var rng = new Random(12345);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var classEff = Enumerable.Range(0, classrooms).Select(_ => 2 * Normal()).ToArray();
        var schoolEff = Enumerable.Range(0, schools).Select(_ => schools > 1 ? Normal() : 0).ToArray();
        var x1 = new double[n];
        var x2 = new double[n];
        var y = new double[n];
        var cls = new string[n];
        var sch = new string[n];
        for (int i = 0; i < n; i++)
        {
            int c = i % classrooms;
            int s = c % schools;
            x1[i] = 100 + 50 * rng.NextDouble();
            x2[i] = Normal();
            y[i] = 3 + 0.02 * x1[i] - x2[i] + classEff[c] + schoolEff[s] + 3 * Normal();
            cls[i] = $"c{c}";
            sch[i] = $"s{s}";
        }

        var design = DesignMatrix.FromFormula("x1 * x2", new Dictionary<string, double[]> { ["x1"] = x1, ["x2"] = x2 });
        var classroom = new Grouping("classroom", cls);
        return schools > 1 ? (y, design, [classroom, new Grouping("school", sch)]) : (y, design, [classroom]);
    }
}
