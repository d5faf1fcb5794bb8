namespace OtSim.Sensitivity;

/// <summary>Box limits per input (inclusive).</summary>
internal sealed record Limits(double[] Lower, double[] Upper)
{
    /// <summary>A copy with input <paramref name="j"/>'s limits replaced.</summary>
    public Limits With(int j, double lower, double upper)
    {
        var lo = (double[])Lower.Clone();
        var hi = (double[])Upper.Clone();
        lo[j] = lower;
        hi[j] = upper;
        return new Limits(lo, hi);
    }
}

/// <summary>The rows PRIM works on and the box statistics over them.</summary>
internal sealed class PrimData
{
    public PrimData(IReadOnlyList<double[]> x, IReadOnlyList<bool> interest, int inputs, int totalCases)
    {
        X = x;
        Interest = interest;
        Inputs = inputs;
        TotalCases = totalCases;
        var lower = new double[inputs];
        var upper = new double[inputs];
        for (int j = 0; j < inputs; j++)
        {
            lower[j] = x.Min(r => r[j]);
            upper[j] = x.Max(r => r[j]);
        }
        Initial = new Limits(lower, upper);
    }

    public IReadOnlyList<double[]> X { get; }

    public IReadOnlyList<bool> Interest { get; }

    public int Inputs { get; }

    public int N => X.Count;

    public int TotalCases { get; }

    /// <summary>The box holding every row: each input's observed range.</summary>
    public Limits Initial { get; }

    public bool IsRestricted(Limits box, int j) => box.Lower[j] > Initial.Lower[j] || box.Upper[j] < Initial.Upper[j];

    public int Restricted(Limits box) => Enumerable.Range(0, Inputs).Count(j => IsRestricted(box, j));

    public bool InBox(Limits box, int row)
    {
        for (int j = 0; j < Inputs; j++)
        {
            double v = X[row][j];
            if (v < box.Lower[j] || v > box.Upper[j])
            {
                return false;
            }
        }
        return true;
    }

    public bool InBoxExcept(Limits box, int row, int except)
    {
        for (int j = 0; j < Inputs; j++)
        {
            double v = X[row][j];
            if (j != except && (v < box.Lower[j] || v > box.Upper[j]))
            {
                return false;
            }
        }
        return true;
    }

    public double Mean(List<int> rows) => rows.Count == 0 ? 0 : rows.Count(i => Interest[i]) / (double)rows.Count;

    /// <summary>EMA Workbench's default "lenient1" objective: change in density per row added or removed.</summary>
    public double Lenient(List<int> before, List<int> after)
    {
        double oldMean = Mean(before), newMean = Mean(after);
        int change = Math.Abs(before.Count - after.Count);
        return oldMean == newMean || change == 0 ? 0 : (newMean - oldMean) / change;
    }

    public PrimStep Step(Limits box, List<int> rows)
    {
        int cases = rows.Count(i => Interest[i]);
        return new PrimStep(cases / (double)TotalCases, rows.Count == 0 ? 0 : cases / (double)rows.Count, rows.Count / (double)N, Restricted(box));
    }
}
