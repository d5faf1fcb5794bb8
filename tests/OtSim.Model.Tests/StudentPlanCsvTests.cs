using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

public sealed class StudentPlanCsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("otsim-plan-csv").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private IReadOnlyDictionary<long, ServiceMinutes> Read(string text)
    {
        string path = Path.Combine(_dir, "plans.csv");
        File.WriteAllText(path, text);
        return StudentPlanCsv.Read(path);
    }

    [Fact]
    public void QuotedValuesAsSpreadsheetsWriteThemAreRead()
    {
        var plans = Read("\"student_id\",\"direct\",\"integrated\",\"consult\"\r\n\"101\",\"45\",0, 10 \r\n\r\n102,\"7.5\",0,0\r\n");
        Assert.Equal(new ServiceMinutes(45, 0, 10), plans[101]);
        Assert.Equal(new ServiceMinutes(7.5, 0, 0), plans[102]);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("\"NaN\"")]
    public void NonFiniteMinutesAreRefusedNamingRowAndColumn(string cell)
    {
        var error = Assert.Throws<ScenarioException>(() => Read($"student_id,direct,integrated,consult\n101,20,0,0\n102,{cell},0,0\n"));
        Assert.Contains("row 3, direct", error.Message);
        Assert.Contains("NaN", error.Message.Replace("Infinity", "NaN", StringComparison.Ordinal));
        Assert.Contains("weekly minutes from 0 to", error.Message);
    }

    [Fact]
    public void AQuotedCommaIsOneValueSoTheRowHasTooFew()
    {
        var error = Assert.Throws<ScenarioException>(() => Read("student_id,direct,integrated,consult\n\"101,20\",0,0\n"));
        Assert.Contains("row 2", error.Message);
        Assert.Contains("each row needs 4 values", error.Message);
    }

    [Fact]
    public void EmptyFileIsRefused()
    {
        var error = Assert.Throws<ScenarioException>(() => Read("\n\n"));
        Assert.Contains("the file is empty", error.Message);
    }
}
