namespace OtSim.Statistics.Tests;

/// <summary>Degenerate inputs are refused with a sentence instead of a number that looks like an answer.</summary>
public sealed class FitChecksTests
{
    private static readonly double[] _x = Enumerable.Range(0, 30).Select(i => (double)(i * 7 % 13)).ToArray();
    private static readonly double[] _z = Enumerable.Range(0, 30).Select(i => (double)(i * 5 % 11)).ToArray();

    private static DesignMatrix Design() => DesignMatrix.FromFormula("x + z", new Dictionary<string, double[]> { ["x"] = _x, ["z"] = _z });

    private static string LmerMessage() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "fixtures-shared", "r", "lmer_single_level_error.txt")).Trim();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OtSim.sln not found");
    }

    [Fact]
    public void AnOutcomeThatNeverChangesHasNoLeastSquaresFit()
    {
        var y = Enumerable.Repeat(5.0, 30).ToArray();

        var error = Assert.Throws<ArgumentException>(() => OrdinaryLeastSquares.Fit(y, Design()));

        Assert.Contains("does not vary", error.Message);
    }

    [Fact]
    public void AnOutcomeWhoseSquaresOverflowIsRefused()
    {
        var y = _x.Select(v => v * 1e160).ToArray();

        var error = Assert.Throws<ArgumentException>(() => OrdinaryLeastSquares.Fit(y, Design()));

        Assert.Contains("too large", error.Message);
    }

    [Fact]
    public void ANonFiniteOutcomeIsRefused()
    {
        var y = _x.ToArray();
        y[4] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => OrdinaryLeastSquares.Fit(y, Design()));

        Assert.Contains("row 5", error.Message);
    }

    [Fact]
    public void ASingleLevelGroupingIsRefusedWithLme4sMessage()
    {
        var y = _x.Select((v, i) => v + (i % 3)).ToArray();
        var grouping = new Grouping("classroom", Enumerable.Repeat("only", 30).ToArray());

        var error = Assert.Throws<ArgumentException>(() => LinearMixedModel.FitReml(y, Design(), [grouping]));

        Assert.StartsWith(LmerMessage(), error.Message);
    }

    [Fact]
    public void AGroupingWithALevelPerRowIsRefusedAsLme4Does()
    {
        var y = _x.Select((v, i) => v + (i % 3)).ToArray();
        var grouping = new Grouping("student", Enumerable.Range(0, 30).Select(i => $"s{i}").ToArray());

        var error = Assert.Throws<ArgumentException>(() => LinearMixedModel.FitReml(y, Design(), [grouping]));

        Assert.Contains("must be < number of observations", error.Message);
    }

    [Fact]
    public void NonFiniteCoefficientsAreRefused()
    {
        var c = Coefficient.FromWald("x", double.NaN, 1, 10);

        Assert.Throws<InvalidOperationException>(() => FitChecks.Finite([c], "test"));
        FitChecks.Finite([Coefficient.FromWald("x", 1, 0.5, 10)], "test");
    }
}

public sealed class DegenerateDegreesOfFreedomTests
{
    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-12)]
    public void AWaldIntervalOnDegenerateDegreesOfFreedomIsNaNNotACrash(double df)
    {
        var c = Coefficient.FromWald("x", 1, 0.5, df);

        Assert.True(double.IsNaN(c.CiLow) && double.IsNaN(c.CiHigh));
        Assert.Equal(1, c.Estimate);
    }
}
