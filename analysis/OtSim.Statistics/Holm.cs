namespace OtSim.Statistics;

/// <summary>Holm's step-down adjustment of p-values for a family of tests (R: <c>p.adjust(p, "holm")</c>).</summary>
public static class Holm
{
    /// <summary>
    /// Adjusted p-values in the input order: sorted ascending, p_(i) · (m - i + 1), made monotone by a running
    /// maximum and capped at 1. NaN p-values are left as NaN and do not count towards m.
    /// </summary>
    /// <param name="pValues">Raw p-values of the family.</param>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var result = pValues.ToArray();
        var order = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i])).OrderBy(i => pValues[i]).ToArray();
        int m = order.Length;
        double running = 0;
        for (int k = 0; k < m; k++)
        {
            running = Math.Max(running, Math.Min(1, pValues[order[k]] * (m - k)));
            result[order[k]] = running;
        }

        return result;
    }
}
