using OtSim.Analysis.Data;
using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>Results with caseload churn: part-year students are left out of the models and counted in a note.</summary>
public sealed class PartYearStudentsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "otsim-part-year-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Results(Func<int, string> churnCells)
    {
        Directory.CreateDirectory(_folder);
        var lines = File.ReadAllLines(Path.Combine(PipelineFixture.FindRepositoryRoot(), "tests", "fixtures-shared", "otsim-students.csv"));
        // The fixture is a run without churn: every row ends in ",1,," (entry week 1, no exit); replace those cells.
        Assert.EndsWith(",entry_week,exit_week,exit_reason", lines[0], StringComparison.Ordinal);
        var withChurn = lines.Select((line, i) => i == 0 ? line : line[..^",1,,".Length] + "," + churnCells(i)).ToArray();
        File.WriteAllLines(Path.Combine(_folder, "students.csv"), withChurn);
        return _folder;
    }

    [Fact]
    public void WithoutChurnEveryRowIsKeptAndNothingIsSaid()
    {
        var input = DatasetLoader.LoadOtSim(Results(_ => "1,,"));
        Assert.Equal(648, input.Data.RowCount);
        Assert.DoesNotContain(input.Notes, n => n.Contains("part of the year", StringComparison.Ordinal));
        // The churn columns are not mistaken for experiment factors.
        Assert.Empty(input.Factors);
    }

    [Fact]
    public void MoversAndLateEntrantsAreLeftOutOfTheModelsAndCounted()
    {
        // Every tenth data row moved away in week 20; every 25th entered in week 10 (rows 50, 150, ... are both).
        string Cells(int row) => (row % 10 == 0, row % 25 == 0) switch
        {
            (true, true) => "10,20,moved",
            (true, false) => "1,20,moved",
            (false, true) => "10,,",
            _ => "1,,",
        };
        var lines = File.ReadAllLines(Path.Combine(PipelineFixture.FindRepositoryRoot(), "tests", "fixtures-shared", "otsim-students.csv"));
        var partYear = Enumerable.Range(1, 648).Where(r => r % 10 == 0 || r % 25 == 0).ToList();
        // By hand: 64 multiples of 10 and 25 multiples of 25 up to 648, 12 of them multiples of 50: 77 rows.
        Assert.Equal(77, partYear.Count);
        int goalColumn = Array.IndexOf(lines[0].Split(','), "goal_met");
        double met = partYear.Average(r => double.Parse(lines[r].Split(',')[goalColumn], System.Globalization.CultureInfo.InvariantCulture));

        var input = DatasetLoader.LoadOtSim(Results(Cells));

        Assert.Equal(648 - 77, input.Data.RowCount);
        string note = Assert.Single(input.Notes, n => n.Contains("part of the year", StringComparison.Ordinal));
        Assert.StartsWith("77 of 648 student rows", note, StringComparison.Ordinal);
        Assert.Contains($"{met * 100:0} % of them met their goal", note, StringComparison.Ordinal);
        // The kept rows are the full-year ones, in file order.
        int idColumn = Array.IndexOf(lines[0].Split(','), "student_id");
        var keptIds = Enumerable.Range(1, 648).Where(r => !partYear.Contains(r)).Select(r => lines[r].Split(',')[idColumn]).ToList();
        Assert.Equal(keptIds, input.Data.Label("student_id"));
    }

    [Fact]
    public void ResultsWhereEveryStudentIsPartYearAreRefusedWithAReason()
    {
        var error = Assert.Throws<DataFormatException>(() => DatasetLoader.LoadOtSim(Results(_ => "1,30,moved")));
        Assert.Contains("every student entered or left", error.Message, StringComparison.Ordinal);
    }
}
