using OtSim.Statistics;

namespace OtSim.Statistics.Tests;

/// <summary>
/// The paired contrast and Holm's adjustment against R (values printed by the script in the comments): the mean's
/// CR1 SE is sandwich::vcovCL(lm(dy ~ 1), cluster = g, type = "HC1"); the ratio's SE equals the same vcovCL applied
/// to the linearised residuals dy - r dx, scaled by n / |sum(dx)|.
/// </summary>
public sealed class PairedContrastTests
{
    // set.seed(7); g, dx, dy as below (see the class summary for how R computed the reference values).
    private static readonly string[] _g =
        ["c1", "c1", "c1", "c2", "c2", "c2", "c2", "c3", "c3", "c4", "c4", "c4", "c4", "c4", "c5", "c5", "c5", "c6", "c6", "c6"];

    private static readonly double[] _dx =
        [2.972, 1.494, 0.789, 0.674, 1.109, 2.48, 1.35, 2.93, 0.915, 1.648, 0.929, 1.079, 2.432, 0.741, 1.634, 0.712, 1.902, 0.522, 2.964, 1.291];

    private static readonly double[] _dy =
        [1.106, 1.695, 1.195, 0.647, 1.607, 1.441, 0.309, 1.052, 0.397, 1.13, 0.768, 0.761, 1.602, -0.421, 1.164, 0.251, 1.011, 0.336, 0.525, 0.21];

    [Fact]
    public void Mean_matches_R_vcovCL_HC1()
    {
        var c = PairedContrast.Mean("m", _dy, _g);
        Assert.Equal(0.8393, c.Estimate, 12);
        Assert.Equal(0.121056641453495, c.StdError, 12);
        Assert.Equal(5, c.Df);
    }

    [Fact]
    public void Ratio_matches_R_delta_method_sandwich()
    {
        var c = PairedContrast.Ratio("r", _dy, _dx, _g)!;
        Assert.Equal(0.549154316746818, c.Estimate, 12);
        Assert.Equal(0.0797108351680706, c.StdError, 12);
        Assert.Equal(0.000986414464818096, c.PValue, 10);
        Assert.Equal(0.344251091760376, c.CiLow, 10);
    }

    [Fact]
    public void Ratio_is_null_when_doses_cancel_and_refuses_a_single_cluster()
    {
        Assert.Null(PairedContrast.Ratio("r", [1.0, 2.0], [1.0, -1.0], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => PairedContrast.Mean("m", [1.0, 2.0, 3.0], ["a", "a", "a"]));
    }

    [Fact]
    public void Holm_matches_R_p_adjust()
    {
        var adjusted = Holm.Adjust([0.01, 0.04, 0.03, 0.005, double.NaN, 0.2]);
        Assert.Equal([0.04, 0.09, 0.09, 0.025], adjusted[..4].Select(p => Math.Round(p, 12)));
        Assert.True(double.IsNaN(adjusted[4]));
        Assert.Equal(0.2, adjusted[5], 12);
    }
}
