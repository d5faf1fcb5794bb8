using MathNet.Numerics;

namespace OtSim.Sensitivity;

/// <summary>The one-sided binomial test behind PRIM's quasi-p-values (scipy's <c>binomtest(..., alternative="greater")</c>).</summary>
public static class QuasiP
{
    /// <summary>P(X ≥ <paramref name="successes"/>) for X ~ Binomial(<paramref name="trials"/>, <paramref name="p"/>).</summary>
    public static double Binomial(int successes, int trials, double p)
    {
        if (successes <= 0)
        {
            return 1;
        }
        if (successes > trials || p <= 0)
        {
            return 0;
        }
        if (p >= 1)
        {
            return 1;
        }
        // P(X >= k) = I_p(k, n - k + 1), the regularized incomplete beta function: exact in the tails.
        return SpecialFunctions.BetaRegularized(successes, trials - successes + 1, p);
    }
}
