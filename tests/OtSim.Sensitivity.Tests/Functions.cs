namespace OtSim.Sensitivity.Tests;

/// <summary>Test functions with Sobol' indices known in closed form (Saltelli et al. 2008, "Global Sensitivity Analysis: The Primer").</summary>
internal static class Functions
{
    /// <summary>Ishigami: sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³, from unit inputs.</summary>
    public static double Ishigami(double[] u, double a = 7, double b = 0.1)
    {
        double x1 = (u[0] * 2 * Math.PI) - Math.PI, x2 = (u[1] * 2 * Math.PI) - Math.PI, x3 = (u[2] * 2 * Math.PI) - Math.PI;
        return Math.Sin(x1) + (a * Math.Sin(x2) * Math.Sin(x2)) + (b * Math.Pow(x3, 4) * Math.Sin(x1));
    }

    /// <summary>Ishigami's analytic indices: (S1, ST) per input and S13.</summary>
    public static (double[] S1, double[] ST, double S13) IshigamiIndices(double a = 7, double b = 0.1)
    {
        double pi4 = Math.Pow(Math.PI, 4), pi8 = Math.Pow(Math.PI, 8);
        double v = (a * a / 8) + (b * pi4 / 5) + (b * b * pi8 / 18) + 0.5;
        double v1 = 0.5 * Math.Pow(1 + (b * pi4 / 5), 2);
        double v2 = a * a / 8;
        double v13 = 8 * b * b * pi8 / 225;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v], v13 / v);
    }

    /// <summary>Sobol's G function: Π (|4x − 2| + a_i) / (1 + a_i) on [0, 1]^k.</summary>
    public static double G(double[] x, double[] a)
    {
        double y = 1;
        for (int i = 0; i < a.Length; i++)
        {
            y *= (Math.Abs((4 * x[i]) - 2) + a[i]) / (1 + a[i]);
        }
        return y;
    }

    /// <summary>G's analytic indices: V_i = 1/(3(1+a_i)²), V = Π(1+V_i) − 1.</summary>
    public static (double[] S1, double[] ST) GIndices(double[] a)
    {
        var vi = a.Select(ai => 1 / (3 * (1 + ai) * (1 + ai))).ToArray();
        double product = vi.Aggregate(1.0, (p, v) => p * (1 + v));
        double total = product - 1;
        return (vi.Select(v => v / total).ToArray(), vi.Select(v => v * product / (1 + v) / total).ToArray());
    }
}
