namespace OtSim.Statistics.Tests;

public class LowessTests
{
    // R's lowess is the same double-precision algorithm; agreement ~1e-13, asserted at 1e-10.
    private const double Rel = 1e-10;

    [Fact]
    public void Cars_DefaultsMatchR()
    {
        var t = CsvTable.Load("cars.csv");
        var fit = Lowess.Smooth(t.Doubles("speed"), t.Doubles("dist"));
        Assert.Equal(50, fit.Y.Count);
        for (int i = 0; i < fit.Y.Count; i++)
        {
            Near.Equal(RReference.Get("lowess_cars", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "y"), fit.Y[i], Rel, 1e-12, $"y[{i}]");
        }
    }

    [Fact]
    public void SimulatorOutput_DefaultDeltaMatchesR()
    {
        // Continuous minutes: R's default delta = 0.01 * range(x) interpolates between fitted points, which moves
        // the curve by up to ~2e-3 against delta = 0, so this pins the default (and keeps large runs near-linear).
        var t = CsvTable.Load("otsim-students.csv");
        var x = t.Doubles("delivered_total_minutes");
        var fit = Lowess.Smooth(x, t.Doubles("progress"));
        Assert.Equal(648, fit.Y.Count);
        for (int i = 0; i < fit.Y.Count; i++)
        {
            Near.Equal(RReference.Get("lowess_students", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "y"), fit.Y[i], Rel, 1e-12, $"y[{i}]");
        }

        var everyPoint = Lowess.Smooth(x, t.Doubles("progress"), delta: 0);
        Assert.True(fit.Y.Zip(everyPoint.Y).Max(p => Math.Abs(p.First - p.Second)) > 1e-4);
    }

    [Fact]
    public void LargeParallelFit_MatchesR()
    {
        // 3,000 local fits over windows of 2,000 points: above the work at which the port fits in parallel.
        var x = new double[3000];
        var y = new double[3000];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (i * 7919L % 3001) / 10.0;
            y[i] = Math.Sin(x[i] / 10) + (i * 104729L % 1009 / 1009.0) - 0.5;
        }

        var fit = Lowess.Smooth(x, y, delta: 0);
        for (int k = 1; k <= 3000; k += 100)
        {
            Near.Equal(RReference.Get("lowess_large", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "y"), fit.Y[k - 1], Rel, 1e-12, $"y[{k}]");
        }
    }

    [Fact]
    public void Synthetic_CustomSpanAndIterationsMatchR()
    {
        var d = Datasets.NestedNumeric();
        var fit = Lowess.Smooth(d["baseline"], d["progress"], span: 0.3, iterations: 2);
        for (int i = 0; i < fit.Y.Count; i++)
        {
            string key = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(RReference.Get("lowess_syn", key, "x"), fit.X[i]);
            Near.Equal(RReference.Get("lowess_syn", key, "y"), fit.Y[i], Rel, 1e-12, $"y[{i}]");
        }
    }
}
