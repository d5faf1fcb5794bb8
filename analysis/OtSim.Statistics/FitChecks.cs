using System.Globalization;

namespace OtSim.Statistics;

/// <summary>
/// Refusals shared by the estimators for inputs that have no meaningful fit: an outcome that never changes, values
/// so large that sums of squares overflow, a grouping factor with one level, and results that are not finite.
/// Each throws <see cref="ArgumentException"/> (bad input) or <see cref="InvalidOperationException"/> (no finite fit)
/// with a sentence a reader can act on, instead of a number that looks like an answer.
/// </summary>
public static class FitChecks
{
    /// <summary>Refuses a response that is constant or has non-finite values or values whose squares overflow.</summary>
    /// <exception cref="ArgumentException">The response does not vary, is not finite, or is too large.</exception>
    public static void Response(IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (y.Count == 0)
        {
            throw new ArgumentException("The outcome has no values.", nameof(y));
        }

        double first = y[0];
        bool varies = false;
        double largest = 0;
        for (int i = 0; i < y.Count; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The outcome has a value that is not a finite number ({y[i]}) in row {i + 1}."), nameof(y));
            }

            varies |= y[i] != first;
            largest = Math.Max(largest, Math.Abs(y[i]));
        }

        if (!varies)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The outcome does not vary (every value is {first:G6}), so nothing can be estimated about what predicts it."), nameof(y));
        }

        if (!SquaresAreFinite(largest, y.Count))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The outcome has values too large to square in double precision (up to {largest:G3}); rescale it."), nameof(y));
        }
    }

    /// <summary>Refuses a grouping factor with a single level or with as many levels as observations, as <c>lme4::lmer</c> does.</summary>
    /// <exception cref="ArgumentException">The factor cannot carry a random intercept.</exception>
    public static void Grouping(string name, int levels, int observations)
    {
        if (levels < 2)
        {
            throw new ArgumentException($"grouping factors must have > 1 sampled level (lme4's rule): {name} has {levels}.", nameof(levels));
        }

        if (levels >= observations)
        {
            throw new ArgumentException($"number of levels of each grouping factor must be < number of observations (lme4's rule): {name} has {levels} levels for {observations} rows.", nameof(levels));
        }
    }

    /// <summary>Refuses coefficients whose estimate or standard error is not finite.</summary>
    /// <exception cref="InvalidOperationException">Some value is NaN or infinite.</exception>
    public static void Finite(IEnumerable<Coefficient> coefficients, string model)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        foreach (var c in coefficients)
        {
            if (!double.IsFinite(c.Estimate) || !double.IsFinite(c.StdError))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"The {model} fit is not finite ({c.Term}: estimate {c.Estimate}, standard error {c.StdError}); the data are degenerate or too large for double precision."));
            }
        }
    }

    /// <summary>True when n values of magnitude up to <paramref name="largest"/> can be squared and summed without overflow.</summary>
    public static bool SquaresAreFinite(double largest, int n) => double.IsFinite(largest * largest * Math.Max(n, 1) * 4);
}
