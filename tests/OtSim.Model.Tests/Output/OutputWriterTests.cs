using System.Diagnostics;
using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;
using Xunit.Abstractions;

namespace OtSim.Model.Tests.Output;

public sealed class OutputWriterTests(ITestOutputHelper output)
{
    // A design-point prefix as RunPlan builds it: point, a numeric level, a text level that needs quoting.
    private const string Prefix = "3,0.5,\"a, \"\"b\"\"\",";

    private static (Scenario Scenario, List<CellResult> Results) RealRun()
    {
        var scenario = TestScenarios.Demo();
        var engine = new PlainLoopEngine(parallel: true);
        var results = Enumerable.Range(0, scenario.Policies.Count)
            .SelectMany(p => new[] { 1, 2 }.Select(r => engine.RunCell(scenario, new SimulationCell(p, r), includeWeeks: true)))
            .ToList();
        return (scenario, results);
    }

    [Theory]
    [InlineData("")]
    [InlineData(Prefix)]
    public void SepRowsAreByteIdenticalToTheHandWrittenFormattingOnARealRun(string prefix)
    {
        var (scenario, results) = RealRun();
        var cells = Csv.PrefixCells(prefix);
        foreach (var result in results)
        {
            string policy = scenario.Policies[result.Cell.PolicyIndex].Name;
            int rep = result.Cell.Replication;
            Assert.Equal(
                LegacyRows.Part(result.Students, prefix, s => LegacyRows.Student(s, policy, rep, scenario.Seed)),
                StudentsCsv.Rows(result.Students, cells, policy, rep, scenario.Seed));
            Assert.Equal(
                LegacyRows.Part(result.Therapists, prefix, t => LegacyRows.Therapist(t, policy, rep, scenario.Seed)),
                TherapistsCsv.Rows(result.Therapists, cells, policy, rep, scenario.Seed));
            Assert.Equal(
                LegacyRows.Part(result.Weeks, prefix, w => LegacyRows.Week(w, policy, rep, scenario.Seed)),
                WeeksCsv.Rows(result.Weeks, cells, policy, rep, scenario.Seed));
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with, comma")]
    [InlineData("say \"hi\"")]
    [InlineData("two\nlines")]
    public void SingleRowsAndPolicyNamesAreQuotedAsBefore(string policy)
    {
        var (scenario, results) = RealRun();
        var result = results[0];
        Assert.Equal(LegacyRows.Student(result.Students[0], policy, 4, scenario.Seed), StudentsCsv.Row(result.Students[0], policy, 4, scenario.Seed));
        Assert.Equal(LegacyRows.Therapist(result.Therapists[0], policy, 4, scenario.Seed), TherapistsCsv.Row(result.Therapists[0], policy, 4, scenario.Seed));
        Assert.Equal(LegacyRows.Week(result.Weeks[0], policy, 4, scenario.Seed), WeeksCsv.Row(result.Weeks[0], policy, 4, scenario.Seed));
    }

    [Fact]
    public void ResultWriterFilesMatchTheHandWrittenFormatting()
    {
        var (scenario, results) = RealRun();
        string folder = Path.Combine(Path.GetTempPath(), "otsim-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var writer = new ResultWriter(folder, scenario, includeWeeks: true))
            {
                results.ForEach(writer.Write);
            }

            string Expected<T>(string header, Func<CellResult, IEnumerable<T>> rows, Func<T, string, int, string> format) =>
                header + "\n" + string.Concat(results.Select(r => LegacyRows.Part(rows(r), "", x => format(x, scenario.Policies[r.Cell.PolicyIndex].Name, r.Cell.Replication))));

            Assert.Equal(
                Expected(StudentsCsv.Header, r => r.Students, (s, p, rep) => LegacyRows.Student(s, p, rep, scenario.Seed)),
                File.ReadAllText(Path.Combine(folder, "students.csv")));
            Assert.Equal(
                Expected(TherapistsCsv.Header, r => r.Therapists, (t, p, rep) => LegacyRows.Therapist(t, p, rep, scenario.Seed)),
                File.ReadAllText(Path.Combine(folder, "therapists.csv")));
            Assert.Equal(
                Expected(WeeksCsv.Header, r => r.Weeks, (w, p, rep) => LegacyRows.Week(w, p, rep, scenario.Seed)),
                File.ReadAllText(Path.Combine(folder, "weeks.csv")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Measure(Func<string> write, int rowCount = 200_000)
    {
        var clock = Stopwatch.StartNew();
        string text = write();
        clock.Stop();
        Assert.True(text.Length > rowCount);
        return rowCount / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Writer throughput, hand-written string.Join rows against the Sep writer, on the same real rows (repeated to
    /// 200,000), best of five rounds. Prints rows/s; asserts the outputs are identical. Run:
    /// dotnet test tests/OtSim.Model.Tests -c Release --filter "FullyQualifiedName~WriterThroughput" --logger "console;verbosity=detailed"
    /// </summary>
    [Fact]
    public void WriterThroughputOnStudentsCsv()
    {
        var (scenario, results) = RealRun();
        var students = results.SelectMany(r => r.Students).ToList();
        var rows = Enumerable.Range(0, (200_000 / students.Count) + 1).SelectMany(_ => students).Take(200_000).ToList();
        string policy = scenario.Policies[0].Name;
        var cells = Csv.PrefixCells(Prefix);

        string legacy = LegacyRows.Part(rows.Take(1000), Prefix, s => LegacyRows.Student(s, policy, 1, scenario.Seed));
        Assert.Equal(legacy, StudentsCsv.Rows(rows.Take(1000).ToList(), cells, policy, 1, scenario.Seed));

        // Best of five interleaved rounds: on a shared machine the slowest rounds measure the neighbours, not the writer.
        double before = 0, after = 0;
        for (int round = 0; round < 5; round++)
        {
            before = Math.Max(before, Measure(() => LegacyRows.Part(rows, Prefix, s => LegacyRows.Student(s, policy, 1, scenario.Seed))));
            after = Math.Max(after, Measure(() => StudentsCsv.Rows(rows, cells, policy, 1, scenario.Seed)));
        }

        output.WriteLine($"students.csv rows/s: hand-written {before:N0}, Sep {after:N0} ({after / before:F2}x), {rows.Count:N0} rows");
    }
}
