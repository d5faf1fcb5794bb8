using System.Globalization;
using System.Text.Json;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// <c>otsim analyze</c> on external CSVs that used to end in a wrong answer or a crash, as a user runs it (its own
/// process and exit code): refused with exit code 2 and one line naming file, column and row, or analysed with a note.
/// </summary>
public sealed class AnalyzeInputsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string RFixture(string name) => Path.Combine(Otsim.RepositoryRoot, "tests", "fixtures-shared", "r", name);

    private string Write(string name, Func<int, string> row)
    {
        string path = _folder[name];
        File.WriteAllLines(path, new[] { "id,dose,progress,sev,classroom" }.Concat(Enumerable.Range(1, 40).Select(row)));
        return path;
    }

    private static string Good(int i) => string.Create(CultureInfo.InvariantCulture,
        $"{i},{(i * 37 % 100) + 0.5},{(i * 37 % 100 * 0.1) + (i * 13 % 7) - 3},{i * 7 % 11},c{i % 4}");

    private async Task<CliResult> Analyze(string csv, params string[] options) =>
        await Otsim.RunAsync(_folder.Path, ["analyze", csv, "--out", _folder["out"], .. options]);

    private void AssertRefused(CliResult result, string message)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        // The only lines are the "Analysing ..." announcement and the one-line error.
        var lines = result.StdErr.Trim().Split('\n');
        Assert.Single(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.StartsWith("error: ", StringComparison.Ordinal) || l.StartsWith("Analysing ", StringComparison.Ordinal), l));
        Assert.False(Directory.Exists(_folder["out"]));
    }

    [Fact]
    public async Task NaNCellExitsWith2NamingFileColumnAndRow()
    {
        string csv = Write("nan.csv", i => i == 7 ? "7,10,NaN,1,c1" : Good(i));

        var result = await Analyze(csv, "--outcome", "progress", "--dose", "dose");

        AssertRefused(result, "nan.csv: column \"progress\", row 7: \"NaN\" is a missing value");
    }

    [Fact]
    public async Task ConstantOutcomeExitsWith2()
    {
        string csv = Write("flat.csv", i => Good(i).Split(',') is var c ? $"{c[0]},{c[1]},5,{c[3]},{c[4]}" : "");

        var result = await Analyze(csv, "--outcome", "progress", "--dose", "dose", "--covariates", "sev", "--cluster", "classroom");

        AssertRefused(result, "flat.csv: column \"progress\" (the outcome) has the same value (5) in every row");
    }

    [Fact]
    public async Task SameColumnAsDoseAndOutcomeExitsWith2()
    {
        string csv = Write("ok.csv", Good);

        var result = await Analyze(csv, "--outcome", "progress", "--dose", "progress");

        AssertRefused(result, "column \"progress\" is given two roles (--outcome and --dose both name it)");
    }

    [Fact]
    public async Task SemicolonFileExitsWith2WithASeparatorHintAndLoadsWithTheFlags()
    {
        var refused = await Analyze(RFixture("r_export2.csv"), "--outcome", "progress", "--dose", "minutes");
        AssertRefused(refused, "add --separator ';' --decimal-comma");

        var result = await Analyze(RFixture("r_export2.csv"), "--outcome", "progress", "--dose", "minutes", "--separator", ";", "--decimal-comma");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task SingleLevelClusterIsAnalysedWithoutClusterModelsAndANote()
    {
        string csv = Write("onecl.csv", i => Good(i)[..Good(i).LastIndexOf(',')] + ",only");

        var result = await Analyze(csv, "--outcome", "progress", "--dose", "dose", "--covariates", "sev", "--cluster", "classroom");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder["out"], "analysis.json")));
        var models = json.RootElement.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("mixed", models);
        Assert.DoesNotContain("adjusted_ols_cr1", models);
        Assert.Contains("adjusted_ols", models);
        string lme4 = File.ReadAllText(RFixture("lmer_single_level_error.txt")).Trim();
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains(lme4, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RWriteCsvWithRowNamesAndAFactorCovariateLoads()
    {
        var result = await Analyze(RFixture("r_export.csv"), "--outcome", "progress", "--dose", "minutes", "--covariates", "severity,site");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder["out"], "analysis.json")));
        var adjusted = json.RootElement.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "adjusted_ols");
        Assert.Equal("progress ~ minutes + severity + sitenorth + sitesouth", adjusted.GetProperty("formula").GetString());
        var rTerms = File.ReadAllLines(RFixture("lm_factor_coefficients.csv")).Skip(1).Select(l => l.Split(',')[0].Trim('"'));
        Assert.Equal(rTerms, adjusted.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("term").GetString()));
    }
}
