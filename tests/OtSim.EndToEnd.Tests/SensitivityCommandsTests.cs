using System.Globalization;
using System.Text.Json;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// <c>design</c>, <c>sensitivity</c> and <c>discover</c> as a researcher runs them on another model: the otsim process,
/// a design CSV with an outcome column added, and the analytic answers (Ishigami, a linear Morris model, a box built
/// into the data); bad input ends with exit code 2, a message naming the row or column, and no result file.
/// </summary>
public sealed class SensitivityCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("otsim-e2e-sensitivity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Adds an outcome column computed from the factor columns (the design CSV has no quoted cells).</summary>
    private static void AddOutcome(string csv, string name, Func<double[], double> f)
    {
        var lines = File.ReadAllLines(csv);
        var output = new List<string> { lines[0] + "," + name };
        foreach (var line in lines.Skip(1))
        {
            var x = line.Split(',').Skip(1).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            output.Add(line + "," + F(f(x)));
        }
        File.WriteAllLines(csv, output);
    }

    [Fact]
    public async Task Sobol_design_and_sensitivity_reproduce_the_ishigami_indices()
    {
        string csv = Path.Combine(_folder, "ishigami.csv");
        string pi = F(Math.PI);
        var design = await Otsim.RunAsync(_folder, "design", "sobol", "--factor", $"x1=-{pi}:{pi}", "--factor", $"x2=-{pi}:{pi}", "--factor", $"x3=-{pi}:{pi}",
            "--samples", "8192", "--seed", "3", "--out", csv);
        Assert.True(design.ExitCode == 0, design.ToString());
        Assert.Equal(8192 * 5 + 1, File.ReadLines(csv).Count());
        Assert.StartsWith("design_point,x1,x2,x3", File.ReadLines(csv).First(), StringComparison.Ordinal);
        AddOutcome(csv, "y", x => Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0])));

        var run = await Otsim.RunAsync(_folder, "sensitivity", csv, "--outcome", "y", "--out", Path.Combine(_folder, "out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "out", "sensitivity.json")));
        var root = json.RootElement;
        Assert.Equal("sobol", root.GetProperty("method").GetString());
        Assert.Equal("y", root.GetProperty("outcome").GetString());
        Assert.Equal(8192, root.GetProperty("samples").GetInt32());
        Assert.False(root.TryGetProperty("second_order", out _));
        double pi4 = Math.Pow(Math.PI, 4), pi8 = Math.Pow(Math.PI, 8);
        double v = (49.0 / 8) + (0.1 * pi4 / 5) + (0.01 * pi8 / 18) + 0.5;
        double v1 = 0.5 * Math.Pow(1 + (0.1 * pi4 / 5), 2), v2 = 49.0 / 8, v13 = 8 * 0.01 * pi8 / 225;
        double[] s1 = [v1 / v, v2 / v, 0], st = [(v1 + v13) / v, v2 / v, v13 / v];
        var parameters = root.GetProperty("parameters").EnumerateArray().ToArray();
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal($"x{i + 1}", parameters[i].GetProperty("name").GetString());
            Assert.InRange(parameters[i].GetProperty("s1").GetDouble(), s1[i] - 0.02, s1[i] + 0.02);
            Assert.InRange(parameters[i].GetProperty("st").GetDouble(), st[i] - 0.02, st[i] + 0.02);
            Assert.True(parameters[i].GetProperty("st_ci_low").GetDouble() < parameters[i].GetProperty("st_ci_high").GetDouble());
        }
        Assert.StartsWith("<?xml", File.ReadAllText(Path.Combine(_folder, "out", "sensitivity.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Morris_design_and_sensitivity_give_the_exact_effects_of_a_linear_model()
    {
        string csv = Path.Combine(_folder, "linear.csv");
        var design = await Otsim.RunAsync(_folder, "design", "morris", "--factor", "a=0:10", "--factor", "b=0:1", "--factor", "c=5:6",
            "--samples", "20", "--levels", "6", "--out", csv);
        Assert.True(design.ExitCode == 0, design.ToString());
        AddOutcome(csv, "y", x => (0.3 * x[0]) - (2 * x[1]));

        var run = await Otsim.RunAsync(_folder, "sensitivity", csv, "--outcome", "y");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "linear-sensitivity", "sensitivity.json")));
        Assert.Equal("morris", json.RootElement.GetProperty("method").GetString());
        Assert.Equal(20, json.RootElement.GetProperty("trajectories").GetInt32());
        var p = json.RootElement.GetProperty("parameters").EnumerateArray().ToArray();
        // A full-range step of a moves y by 0.3 x 10 = 3, of b by -2, of c by 0.
        Assert.Equal(3, p[0].GetProperty("mu").GetDouble(), 9);
        Assert.Equal(3, p[0].GetProperty("mu_star").GetDouble(), 9);
        Assert.Equal(-2, p[1].GetProperty("mu").GetDouble(), 9);
        Assert.Equal(2, p[1].GetProperty("mu_star_ci_high").GetDouble(), 9);
        Assert.Equal(0, p[2].GetProperty("sigma").GetDouble(), 9);
    }

    public static TheoryData<string, string> BrokenDesigns => new()
    {
        { "reordered", "row 2" },
        { "dropped", "row 3" },
        { "duplicated", "row 3" },
        { "no-outcome", "no outcome column \"y\"" },
        { "text-outcome", "row 4 (design_point 3): outcome y is \"n/a\"" },
        { "edited-factor", "row 2 (design_point 1): a is" },
        { "no-sidecar", "no design description" },
    };

    [Theory]
    [MemberData(nameof(BrokenDesigns))]
    public async Task A_broken_design_is_refused_naming_the_row_or_column(string damage, string expected)
    {
        string csv = Path.Combine(_folder, "d.csv");
        Assert.Equal(0, (await Otsim.RunAsync(_folder, "design", "sobol", "--factor", "a=0:1", "--factor", "b=0:1", "--samples", "4", "--out", csv)).ExitCode);
        AddOutcome(csv, damage == "no-outcome" ? "z" : "y", x => x[0] + x[1]);
        var lines = File.ReadAllLines(csv).ToList();
        switch (damage)
        {
            case "reordered": (lines[2], lines[3]) = (lines[3], lines[2]); break;
            case "dropped": lines.RemoveAt(3); break;
            case "duplicated": lines.Insert(3, lines[2]); break;
            case "text-outcome": lines[4] = lines[4][..lines[4].LastIndexOf(',')] + ",n/a"; break;
            case "edited-factor": lines[2] = string.Join(',', lines[2].Split(',').Select((c, i) => i == 1 ? "0.123" : c)); break;
            case "no-sidecar": File.Delete(Path.ChangeExtension(csv, ".design.json")); break;
        }
        File.WriteAllLines(csv, lines);

        var run = await Otsim.RunAsync(_folder, "sensitivity", csv, "--outcome", "y");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "d-sensitivity")));
    }

    [Fact]
    public async Task Design_refuses_a_sample_count_that_is_not_a_power_of_two()
    {
        var run = await Otsim.RunAsync(_folder, "design", "sobol", "--factor", "a=0:1", "--samples", "1000", "--out", Path.Combine(_folder, "x.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("power of two", run.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Discover_finds_the_box_built_into_a_table()
    {
        string csv = Path.Combine(_folder, "worlds.csv");
        var rng = new Random(5);
        var lines = new List<string> { "transfer,quality,noise,helps" };
        for (int i = 0; i < 2000; i++)
        {
            double t = rng.NextDouble(), q = rng.NextDouble(), n = rng.NextDouble();
            double effect = t > 0.6 && q < 0.2 ? 1 + rng.NextDouble() : -rng.NextDouble();
            lines.Add($"{F(t)},{F(q)},{F(n)},{F(effect)}");
        }
        File.WriteAllLines(csv, lines);

        var run = await Otsim.RunAsync(_folder, "discover", csv, "--outcome", "helps", "--inputs", "transfer,quality,noise", "--above", "0");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "worlds-discovery", "discovery.json")));
        var root = json.RootElement;
        Assert.Equal("helps > 0", root.GetProperty("condition").GetString());
        Assert.Equal(2000, root.GetProperty("rows").GetInt32());
        var box = root.GetProperty("boxes")[0];
        Assert.True(box.GetProperty("density").GetDouble() > 0.9);
        Assert.True(box.GetProperty("coverage").GetDouble() > 0.85);
        var restrictions = box.GetProperty("restrictions").EnumerateArray().ToDictionary(r => r.GetProperty("input").GetString()!);
        Assert.Equal(["quality", "transfer"], restrictions.Keys.Order());
        Assert.InRange(restrictions["transfer"].GetProperty("min").GetDouble(), 0.55, 0.65);
        Assert.InRange(restrictions["quality"].GetProperty("max").GetDouble(), 0.15, 0.25);
        Assert.True(restrictions["transfer"].GetProperty("quasi_p").GetDouble() < 0.001);
        Assert.True(root.GetProperty("trajectory").GetArrayLength() > 5);
        Assert.True(File.Exists(Path.Combine(_folder, "worlds-discovery", "tradeoff.svg")));
    }

    [Fact]
    public async Task Discover_refuses_a_non_numeric_cell_naming_row_and_column()
    {
        string csv = Path.Combine(_folder, "bad.csv");
        File.WriteAllLines(csv, ["a,b,y", "0.1,0.2,1", "0.3,high,0", "0.5,0.6,1"]);
        var run = await Otsim.RunAsync(_folder, "discover", csv, "--outcome", "y", "--inputs", "a,b", "--above", "0.5");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("row 2, column b: \"high\"", run.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "bad-discovery")));
    }
}
