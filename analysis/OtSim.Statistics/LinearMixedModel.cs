using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace OtSim.Statistics;

/// <summary>
/// Gaussian linear mixed models with random intercepts, fitted by REML; equivalent to
/// <c>lme4::lmer(y ~ X + (1 | g1) [+ (1 | g2) ...], REML = TRUE)</c>.
/// </summary>
/// <remarks>
/// <para>Model: y = Xβ + Σ_k Z_k b_k + ε with b_k ~ N(0, σ_k² I), ε ~ N(0, σ² I), all independent. Grouping
/// factors may be nested (classroom within school, with classroom labels unique across schools) or crossed.</para>
/// <para>Estimation follows lme4: the REML criterion is profiled over θ_k = σ_k / σ (β and σ² have closed forms
/// given θ) and minimized over θ ≥ 0. One factor: grid search on [0, 1e3] then Brent. Several factors: Nelder-Mead
/// on θ (the criterion is even in each θ_k), then cyclic coordinate Brent passes on θ_k ≥ 0 until the criterion
/// changes by less than 1e-9. A variance whose optimum is on the boundary is reported as exactly 0, like lmer.</para>
/// <para>Cost: O(n p²) once, then per evaluation O(q p²) plus a Cholesky of each block of coupled levels of all but the
/// largest factor (<see cref="CoupledLevels"/>). Nested factors (classroom in school in replication) give 1×1 blocks,
/// so 512,000 rows in 32,000 classrooms within 3,200 schools fit in seconds; two large crossed factors (thousands of
/// levels each) form one dense block and are slow.</para>
/// <para>Fixed-effect inference is Wald z in <see cref="MixedModelResult.Coefficients"/> and Satterthwaite t in
/// <see cref="MixedModelResult.SatterthwaiteCoefficients"/>.</para>
/// </remarks>
public static class LinearMixedModel
{
    private const double CoordinateTolerance = 1e-9;
    private const int MaxCoordinateCycles = 200;

    /// <summary>Fits the model by REML.</summary>
    /// <param name="y">Response, one value per design row.</param>
    /// <param name="design">Fixed-effects model matrix (full column rank).</param>
    /// <param name="groupings">One or more grouping factors, each contributing a random intercept.</param>
    /// <param name="level">Confidence level of the Wald intervals.</param>
    /// <exception cref="ArgumentException">Length mismatch, no grouping, a grouping with one level or with a level per row (lme4 refuses both), or a rank-deficient design.</exception>
    /// <exception cref="InvalidOperationException">The fit is not finite.</exception>
    public static MixedModelResult FitReml(IReadOnlyList<double> y, DesignMatrix design, IReadOnlyList<Grouping> groupings, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(groupings);
        int n = design.RowCount;
        if (y.Count != n)
        {
            throw new ArgumentException($"y has {y.Count} values but the design has {n} rows.", nameof(y));
        }

        if (groupings.Count == 0)
        {
            throw new ArgumentException("At least one grouping factor is required.", nameof(groupings));
        }

        if (groupings.Any(g => g.Labels.Count != n))
        {
            throw new ArgumentException("Every grouping needs one label per observation.", nameof(groupings));
        }

        if (n <= design.ColumnCount)
        {
            throw new ArgumentException("Need more observations than fixed-effect terms.", nameof(design));
        }

        OrdinaryLeastSquares.Fit(y, design); // validates rank with the same rule as OLS
        var encoded = groupings.Select(g => g.Encode()).ToList();
        for (int k = 0; k < encoded.Count; k++)
        {
            FitChecks.Grouping(groupings[k].Name, encoded[k].Levels, n);
        }

        var profile = new RemlProfile(y, design.Matrix, encoded);

        var (theta, converged) = profile.FactorCount == 1 ? OptimizeOne(profile) : OptimizeMany(profile);
        var fit = profile.Evaluate(theta);

        double sigma2 = fit.ResidualVariance;
        var variances = theta.Select(t => t * t * sigma2).ToArray();
        double total = variances.Sum() + sigma2;
        var random = groupings
            .Select((g, k) => new RandomEffectVariance(g.Name, variances[k], encoded[k].Levels, variances[k] / total))
            .ToArray();
        var coefficients = design.TermNames
            .Select((term, j) => Coefficient.FromWald(term, fit.Beta[j], Math.Sqrt(fit.Covariance[j, j]), double.PositiveInfinity, level))
            .ToArray();
        FitChecks.Finite(coefficients, "mixed-model");
        if (!double.IsFinite(sigma2) || variances.Any(v => !double.IsFinite(v)))
        {
            throw new InvalidOperationException("The mixed-model variance components are not finite; the data are degenerate or too large for double precision.");
        }

        var satterthwaiteDf = Satterthwaite.DegreesOfFreedom(profile, theta, sigma2, n, design.ColumnCount);
        var satterthwaite = coefficients
            .Select((c, j) => Coefficient.FromWald(c.Term, c.Estimate, c.StdError, satterthwaiteDf[j], level))
            .ToArray();
        return new MixedModelResult(coefficients, satterthwaite, fit.Covariance, random, sigma2, fit.Deviance, theta, n, converged, profile.Evaluations);
    }

    /// <summary>Convenience overload taking the groupings as parameters.</summary>
    public static MixedModelResult FitReml(IReadOnlyList<double> y, DesignMatrix design, params Grouping[] groupings) =>
        FitReml(y, design, (IReadOnlyList<Grouping>)groupings);

    /// <summary>
    /// Size of the largest set of coupled levels among all factors but the one with the most levels: the order of
    /// the largest dense block each REML evaluation factors (cost grows with its cube). Nested factors give 1;
    /// crossed factors give about the number of their levels.
    /// </summary>
    public static int CoupledLevels(IReadOnlyList<Grouping> groupings)
    {
        ArgumentNullException.ThrowIfNull(groupings);
        if (groupings.Count < 2)
        {
            return 0;
        }

        var encoded = groupings.Select(g => g.Encode()).ToList();
        int primary = Enumerable.Range(0, encoded.Count).MaxBy(k => encoded[k].Levels);
        var rest = Enumerable.Range(0, encoded.Count).Where(k => k != primary).ToList();
        var offsets = rest.Select(k => rest.TakeWhile(j => j != k).Sum(j => encoded[j].Levels)).ToArray();
        var cross = Enumerable.Range(0, encoded[primary].Levels).Select(_ => new HashSet<int>()).ToArray();
        for (int i = 0; i < encoded[primary].Codes.Length; i++)
        {
            for (int m = 0; m < rest.Count; m++)
            {
                cross[encoded[primary].Codes[i]].Add(offsets[m] + encoded[rest[m]].Codes[i]);
            }
        }

        return new RemlBlocks(rest.Sum(k => encoded[k].Levels), cross.Select(c => c.ToArray()).ToArray(), []).MaxSize;
    }

    private static IEnumerable<double> GlobalGrid() =>
        Enumerable.Range(0, 31).Select(i => Math.Pow(10.0, -3.0 + 6.0 * i / 30.0));

    private static IEnumerable<double> LocalGrid(double h)
    {
        h = Math.Max(h, 1e-3);
        return [h / 8, h / 4, h / 2, h / 1.25, h, h * 1.25, h * 2, h * 4, h * 8];
    }

    private static (double[] Theta, bool Converged) OptimizeOne(RemlProfile profile)
    {
        var (x, _, ok) = BrentMinimizer.MinimizeNonNegative(t => profile.Deviance([t]), GlobalGrid());
        return ([x], ok);
    }

    private static (double[] Theta, bool Converged) OptimizeMany(RemlProfile profile)
    {
        int k = profile.FactorCount;
        double Objective(IReadOnlyList<double> th) => profile.Deviance(th.Select(Math.Abs).ToArray());

        // Start: each θ_k from its own 1-D profile with the others at 0, as a cheap data-driven guess.
        var theta = new double[k];
        for (int j = 0; j < k; j++)
        {
            int jj = j;
            var probe = new double[k];
            theta[j] = Math.Max(0.05, BrentMinimizer.MinimizeNonNegative(
                t => { probe[jj] = t; return profile.Deviance(probe); }, GlobalGrid(), 1e-4).X);
        }

        try
        {
            var start = Vector<double>.Build.DenseOfArray(theta);
            var step = start.Map(t => Math.Max(0.1, 0.5 * t));
            var result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(v => Objective(v.ToArray())), start, step, 1e-12, 2000);
            theta = result.MinimizingPoint.Select(Math.Abs).ToArray();
        }
        catch (MaximumIterationsException)
        {
            // fall through to the coordinate passes, which are globally convergent on this smooth criterion
        }

        double current = profile.Deviance(theta);
        bool converged = false;
        for (int cycle = 0; cycle < MaxCoordinateCycles && !converged; cycle++)
        {
            double before = current;
            bool allOk = true;
            for (int j = 0; j < k; j++)
            {
                var trial = (double[])theta.Clone();
                int jj = j;
                var (x, fx, ok) = BrentMinimizer.MinimizeNonNegative(
                    t => { trial[jj] = t; return profile.Deviance(trial); }, LocalGrid(theta[j]).Append(theta[j]));
                allOk &= ok;
                if (fx <= current)
                {
                    theta[j] = x;
                    current = fx;
                }
            }

            converged = allOk && before - current < CoordinateTolerance;
        }

        return (theta, converged);
    }
}
