using System.Security.Cryptography;
using OtSim.Client.Engine;
using OtSim.Client.Running;
using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Grains.Tests;

/// <summary>
/// Every shipped scenario gives byte for byte the recorded files (SHA-256 in Fixtures/baseline-sha256.tsv), on the plain
/// loop, one silo and three silos, with the whole year as one review period and with quarterly reviews. The baseline was
/// first written by <c>otsim run --weeks</c> at commit 88af574 (main before the stepped year) and re-recorded the same way
/// on branch <c>corrections</c> after commit 950ceb2, because the model was corrected and recalibrated on purpose
/// (issue 12: pull-out opportunity cost, push-in overlap counted once, class size in the attention share, per-student
/// consultation scale, new defaults). therapists.csv has columns appended since (group sessions, vacancies): the recorded
/// hash must still match the file with those columns cut off, and the whole file must match its own recorded hash
/// (<c>therapists.csv+</c>). students.csv has gained the caseload churn columns (<see cref="ChurnColumns"/>, last in
/// every row): with churn off they say "on the caseload all year" in every row, and with them cut off the file must match.
/// </summary>
[Collection(ClustersCollection.Name)]
public sealed class ByteIdentityTests(SingleSiloCluster single, ThreeSiloCluster three)
{
    private static readonly string[] Files = ["students.csv", "therapists.csv", "weeks.csv"];

    /// <summary>The recorded hash of the whole therapists.csv, appended columns included.</summary>
    private const string TherapistsWhole = "therapists.csv+";

    /// <summary>students.csv columns added after the baseline, and their value in every row when churn is off.</summary>
    private const string ChurnColumns = ",entry_week,exit_week,exit_reason", NoChurn = ",1,,";

    /// <summary>Scenarios shipped after the baseline was taken: they have no earlier files to match.</summary>
    private static readonly string[] AddedAfterBaseline = ["caseload-churn", "responsive-vs-blanket", "vacancy-and-groups", "which-assumptions-matter"];

    public static TheoryData<string> Scenarios() =>
        [.. BaselineLines().Select(f => f[0]).Distinct().Order()];

    [Fact]
    public void EveryShippedScenarioIsInTheBaselineOrListedAsNewer()
    {
        var shipped = Directory.GetFiles(Path.Combine(TestScenarios.RepositoryRoot, "scenarios"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)!).Order();
        Assert.Equal(shipped, BaselineLines().Select(f => f[0]).Distinct().Concat(AddedAfterBaseline).Order());
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task TheWholeYearMatchesMainOnEveryEngine(string name)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", name + ".json"));
        Assert.Equal(scenario.Calendar.Weeks, scenario.Calendar.ReviewPeriodWeeks);
        await AssertBaselineAsync(name, scenario, new PlainLoopEngine());
        await AssertBaselineAsync(name, scenario, new OrleansEngine(single.Grains));
        await AssertBaselineAsync(name, scenario, new OrleansEngine(three.Grains));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task QuarterlyReviewsMatchTheWholeYearOnEveryEngine(string name)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", name + ".json"));
        scenario = scenario with { Calendar = scenario.Calendar with { ReviewPeriodWeeks = 9 } };
        await AssertBaselineAsync(name, scenario, new PlainLoopEngine());
        await AssertBaselineAsync(name, scenario, new OrleansEngine(three.Grains));
    }

    /// <summary>therapists.csv as main wrote it: every line without the columns appended after main's.</summary>
    private static byte[] WithoutAppendedColumns(byte[] csv)
    {
        int appended = TherapistsCsv.Columns.Length - TherapistsCsv.OriginalColumns;
        var lines = System.Text.Encoding.UTF8.GetString(csv).Split('\n');
        var cut = lines.Select(line => line.Length == 0 ? line : string.Join(',', line.Split(',').SkipLast(appended)));
        return System.Text.Encoding.UTF8.GetBytes(string.Join('\n', cut));
    }

    [Fact]
    public async Task TheVacancyAndGroupsScenarioGivesTheSameFilesOnEveryEngine()
    {
        // Vacancies cross therapists (coverage comes from colleagues' grains' capacity), so this is the check that the
        // local coverage computation leaves nothing to placement or message order.
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", "vacancy-and-groups.json"));
        var quarterly = scenario with { Calendar = scenario.Calendar with { ReviewPeriodWeeks = 9 } };
        var plain = await HashesAsync(scenario, new PlainLoopEngine(), Files);
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(single.Grains), Files));
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(three.Grains), Files));
        Assert.Equal(plain, await HashesAsync(quarterly, new OrleansEngine(three.Grains), Files));
    }

    [Fact]
    public async Task TheResponsiveScenarioWritesTheSameFilesOnEveryEngine()
    {
        // Newer than the baseline, so its engines are checked against each other, plan_changes.csv included.
        var scenario = ScenarioLoader.Load(Path.Combine(TestScenarios.RepositoryRoot, "scenarios", "responsive-vs-blanket.json"));
        string[] files = [.. Files, "plan_changes.csv"];
        var plain = await HashesAsync(scenario, new PlainLoopEngine(), files);
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(single.Grains), files));
        Assert.Equal(plain, await HashesAsync(scenario, new OrleansEngine(three.Grains), files));
    }

    private static async Task<string[]> HashesAsync(Scenario scenario, ISimulationEngine engine, string[] files)
    {
        string folder = Path.Combine(Path.GetTempPath(), "otsim-byte-identity", Guid.NewGuid().ToString("N"));
        try
        {
            await RunPipeline.ExecuteAsync(scenario, engine, new RunOptions(folder, Weeks: true, Overwrite: false, ShowProgress: false, Parquet: false), null, CancellationToken.None);
            if (files.Contains("plan_changes.csv"))
            {
                Assert.True(File.ReadAllLines(Path.Combine(folder, "plan_changes.csv")).Length > 1, "plan_changes.csv has no rows");
            }
            return [.. files.Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))))];
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static IEnumerable<string[]> BaselineLines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "baseline-sha256.tsv")).Select(line => line.Split('\t'));

    private static async Task AssertBaselineAsync(string name, Scenario scenario, ISimulationEngine engine)
    {
        var expected = BaselineLines()
            .Where(f => f[0] == name)
            .ToDictionary(f => f[1], f => f[2]);
        Assert.Equal(Files.Append(TherapistsWhole).Order(StringComparer.Ordinal), expected.Keys.Order(StringComparer.Ordinal));
        string folder = Path.Combine(Path.GetTempPath(), "otsim-byte-identity", Guid.NewGuid().ToString("N"));
        try
        {
            await RunPipeline.ExecuteAsync(scenario, engine, new RunOptions(folder, Weeks: true, Overwrite: false, ShowProgress: false, Parquet: false), null, CancellationToken.None);
            foreach (string file in Files.Append(TherapistsWhole))
            {
                byte[] bytes = File.ReadAllBytes(Path.Combine(folder, file.TrimEnd('+')));
                if (file == "therapists.csv")
                {
                    bytes = WithoutAppendedColumns(bytes);
                }
                else if (file == "students.csv")
                {
                    bytes = WithoutChurnColumns(bytes, name);
                }
                string actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
                Assert.True(expected[file] == actual, $"{name}/{file} on {engine.GetType().Name} (review every {scenario.Calendar.ReviewPeriodWeeks} weeks) differs from main's");
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>students.csv without the churn columns, after checking that every row says "no churn" in them.</summary>
    private static byte[] WithoutChurnColumns(byte[] students, string name)
    {
        var lines = System.Text.Encoding.UTF8.GetString(students).Split('\n');
        Assert.Equal("", lines[^1]);
        var kept = new System.Text.StringBuilder(students.Length);
        for (int i = 0; i < lines.Length - 1; i++)
        {
            string suffix = i == 0 ? ChurnColumns : NoChurn;
            Assert.True(lines[i].EndsWith(suffix, StringComparison.Ordinal), $"{name}/students.csv line {i + 1} does not end in \"{suffix}\": {lines[i]}");
            kept.Append(lines[i], 0, lines[i].Length - suffix.Length).Append('\n');
        }
        return System.Text.Encoding.UTF8.GetBytes(kept.ToString());
    }
}
