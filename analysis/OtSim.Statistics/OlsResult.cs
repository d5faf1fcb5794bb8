namespace OtSim.Statistics;

/// <summary>
/// Result of an ordinary least squares fit (see <see cref="OrdinaryLeastSquares.Fit"/>), with the same summary
/// quantities R's <c>summary.lm</c> reports.
/// </summary>
/// <remarks>
/// <para>Coefficient standard errors are the classical (homoskedastic) ones, <c>sqrt(s² diag((X'X)⁻¹))</c> with
/// <c>s² = RSS / (n - p)</c>; t statistics, two-sided p-values and confidence intervals use Student t with
/// <see cref="ResidualDf"/> = n - p degrees of freedom (R's <c>confint.lm</c>).</para>
/// <para>When the design has an <c>(Intercept)</c> column, R² and the F test are relative to the intercept-only
/// model (centered sums of squares); otherwise they are uncentered, as in R.</para>
/// </remarks>
public sealed class OlsResult
{
    internal OlsResult(
        DesignMatrix design,
        IReadOnlyList<Coefficient> coefficients,
        double[,] covariance,
        double[,] unscaledCovariance,
        double[] residuals,
        double[] fitted,
        double rSquared,
        double adjustedRSquared,
        double residualStandardError,
        double fStatistic,
        int fNumeratorDf,
        double fPValue)
    {
        Design = design;
        Coefficients = coefficients;
        Covariance = covariance;
        UnscaledCovariance = unscaledCovariance;
        Residuals = residuals;
        Fitted = fitted;
        RSquared = rSquared;
        AdjustedRSquared = adjustedRSquared;
        ResidualStandardError = residualStandardError;
        FStatistic = fStatistic;
        FNumeratorDf = fNumeratorDf;
        FPValue = fPValue;
    }

    /// <summary>The design the model was fitted on.</summary>
    public DesignMatrix Design { get; }

    /// <summary>Coefficients in design column order, with classical standard errors and t-based inference.</summary>
    public IReadOnlyList<Coefficient> Coefficients { get; }

    /// <summary>Classical covariance matrix of the estimates, <c>s² (X'X)⁻¹</c> (R's <c>vcov(lm)</c>).</summary>
    public double[,] Covariance { get; }

    /// <summary><c>(X'X)⁻¹</c>, the "bread" used by sandwich estimators.</summary>
    public double[,] UnscaledCovariance { get; }

    /// <summary>Residuals y - Xβ̂, in row order.</summary>
    public IReadOnlyList<double> Residuals { get; }

    /// <summary>Fitted values Xβ̂, in row order.</summary>
    public IReadOnlyList<double> Fitted { get; }

    /// <summary>Multiple R² (centered when the design has an intercept).</summary>
    public double RSquared { get; }

    /// <summary>Adjusted R².</summary>
    public double AdjustedRSquared { get; }

    /// <summary>Residual standard error s = sqrt(RSS / (n - p)).</summary>
    public double ResidualStandardError { get; }

    /// <summary>Overall F statistic against the intercept-only (or empty, without intercept) model.</summary>
    public double FStatistic { get; }

    /// <summary>Numerator df of the F test: p - 1 with an intercept, p without.</summary>
    public int FNumeratorDf { get; }

    /// <summary>Denominator df of the F test (= <see cref="ResidualDf"/>).</summary>
    public int FDenominatorDf => ResidualDf;

    /// <summary>Upper-tail p-value of the F test.</summary>
    public double FPValue { get; }

    /// <summary>Number of observations n.</summary>
    public int N => Design.RowCount;

    /// <summary>Residual degrees of freedom n - p.</summary>
    public int ResidualDf => Design.RowCount - Design.ColumnCount;

    /// <summary>Estimates in column order.</summary>
    public double[] Estimates => Coefficients.Select(c => c.Estimate).ToArray();

    /// <summary>
    /// Confidence interval for the mean response at one row of the design (include the intercept's 1 when the model has
    /// one): estimate x'b with standard error sqrt(x' V x) and a t quantile on the residual df, as R's
    /// <c>predict(fit, newdata, interval = "confidence")</c>.
    /// </summary>
    public (double Estimate, double Low, double High) MeanInterval(IReadOnlyList<double> row, double level = 0.95)
    {
        if (row.Count != Coefficients.Count)
        {
            throw new ArgumentException($"The row has {row.Count} values; the model has {Coefficients.Count} terms.", nameof(row));
        }
        double estimate = 0, variance = 0;
        for (int i = 0; i < row.Count; i++)
        {
            estimate += Coefficients[i].Estimate * row[i];
            for (int j = 0; j < row.Count; j++)
            {
                variance += row[i] * Covariance[i, j] * row[j];
            }
        }
        double half = Distributions.TQuantile(1 - ((1 - level) / 2), ResidualDf) * Math.Sqrt(variance);
        return (estimate, estimate - half, estimate + half);
    }
}
