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
