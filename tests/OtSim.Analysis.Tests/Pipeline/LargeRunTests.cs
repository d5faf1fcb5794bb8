using System.Diagnostics;
using System.Globalization;
using OtSim.Analysis.Pipeline;
using OtSim.Analysis.Tests.Support;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>The analysis scales to large runs, and says so in its notes wherever it degrades.</summary>
public sealed class LargeRunTests
{
    private static readonly string[] _policies = ["blanket-30", "collaborative", "three-to-one", "consult-only"];

    [Fact]
    public void TwoHundredThousandRows_FinishQuickly_AndNoteTheScatterSubsample()
    {
        var input = OtSimLike(replications: 125, schools: 8, classrooms: 10, students: 5, crossed: false);
        Assert.Equal(200_000, input.Data.RowCount);

        var watch = Stopwatch.StartNew();
        var (document, rendered) = AnalysisPipeline.Render(input, "test");
        watch.Stop();

        // Exact nested fit (1,000 school and 10,000 classroom levels); measured ~5 s, generous for slow CI machines.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"took {watch.Elapsed}");
        var mixed = document.Models.SingleOrDefault(m => m.Name == ModelSuite.Mixed);
        Assert.True(mixed is not null, string.Join("\n", document.Notes));
        Assert.Contains("(1 | replication:school_id) + (1 | replication:classroom_id)", mixed.Formula, StringComparison.Ordinal);
        Assert.Contains(document.Notes, n => n.Contains("every 50th row", StringComparison.Ordinal) && n.Contains("200,000", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Notes, n => n.Contains("crossed", StringComparison.Ordinal));
        Assert.True(rendered.Files["charts/minutes-vs-progress.svg"].Length < 2_000_000);
        var dose = mixed!.Coefficients.Single(c => c.Term == "delivered_total_minutes");
        Assert.InRange(dose.Estimate, 0.004, 0.008); // the simulated 0.006 per minute
    }

    [Fact]
    public void CrossedRandomEffects_AboveTheLimit_FitTheLargestFactorOnly_WithANote()
    {
        var input = OtSimLike(replications: 1, schools: 1, classrooms: 1, students: 2_000, crossed: true);
        var notes = new List<string>();
        var fits = ModelSuite.Run(input, _policies, notes);

        var mixed = fits.Models.Single(m => m.Name == ModelSuite.Mixed);
        Assert.Single(mixed.RandomEffects!);
        Assert.Contains(notes, n => n.StartsWith("mixed: the random intercepts are crossed", StringComparison.Ordinal)
                                    && n.Contains(MixedModelScale.MaxCoupledLevels.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>
    /// OtSim-shaped rows: every student under every policy; nested ids (classroom in school in replication), or,
    /// with <paramref name="crossed"/>, 601 school and 600 classroom labels assigned independently (crossed factors).
    /// </summary>
    private static AnalysisInput OtSimLike(int replications, int schools, int classrooms, int students, bool crossed)
    {
        var random = new Random(2024);
        int perPolicy = replications * schools * classrooms * students;
        int n = perPolicy * _policies.Length;
        string[] numericNames = ["progress", "delivered_total_minutes", "delivered_direct_minutes", "delivered_integrated_minutes",
            "delivered_consult_minutes", "severity", "baseline", "collaboration", "goal_met", "gas_t_score", "compliance"];
        var numeric = numericNames.ToDictionary(c => c, _ => new double[n], StringComparer.Ordinal);
        string[] textNames = ["classroom_id", "school_id", "replication", "policy"];
        var text = textNames.ToDictionary(c => c, _ => new string[n], StringComparer.Ordinal);
        var classEffect = Enumerable.Range(0, schools * classrooms * replications).Select(_ => SyntheticData.Normal(random, 0, 2)).ToArray();
        for (int s = 0; s < perPolicy; s++)
        {
            int classroom = s / students;
            int school = classroom / classrooms;
            int replication = school / schools;
            double severity = random.NextDouble();
            double collaboration = Math.Clamp(0.5 + SyntheticData.Normal(random, 0, 0.25), 0, 1);
            for (int p = 0; p < _policies.Length; p++)
            {
                int i = (p * perPolicy) + s;
                double direct = Math.Max(0, 400 + (600 * severity) - (100 * p) + SyntheticData.Normal(random, 0, 100));
                double integrated = p == 1 ? 200 * collaboration : 0;
                double consult = p >= 1 ? 100 + (20 * p) : 0;
                double total = direct + integrated + consult;
                double progress = 2 + (0.006 * total) + (3 * collaboration) - (3 * severity) + classEffect[classroom] + SyntheticData.Normal(random, 0, 3);
                Set(i, progress, total, direct, integrated, consult, severity, 70 - (40 * severity), collaboration, progress > 6 ? 1 : 0, 50 + progress, 0.8);
                text["classroom_id"][i] = crossed ? $"c{random.Next(600)}" : ((classroom % (schools * classrooms)) + 1).ToString(CultureInfo.InvariantCulture);
                text["school_id"][i] = crossed ? $"s{random.Next(601)}" : ((school % schools) + 1).ToString(CultureInfo.InvariantCulture);
                text["replication"][i] = (replication + 1).ToString(CultureInfo.InvariantCulture);
                text["policy"][i] = _policies[p];
            }
        }

        var spec = AnalysisSpec.ForOtSim("blanket-30");
        return new AnalysisInput(spec, new AnalysisData(n, numeric, text), "large", null, null, null, DatasetLoader.OtSimExtraColumns, []);

        void Set(int i, params double[] values)
        {
            for (int c = 0; c < values.Length; c++)
            {
                numeric[numericNames[c]][i] = values[c];
            }
        }
    }
}
