namespace OtSim.Sensitivity;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery on a yes/no outcome, following
/// EMA Workbench's <c>prim.Prim</c> for continuous inputs:
/// <list type="bullet">
/// <item>Peeling: from the box holding all rows, every input is tried at both ends, cutting at the peel-alpha (or
/// 1 − alpha) quantile of the box's values (sdtoolkit's quantile rule, <see cref="PrimQuantile"/>); the candidate with
/// the best "lenient" objective — gain in density divided by the number of rows removed — wins (ties: fewer
/// restricted inputs). Peeling stops when no candidate gains or the box would fall below the minimum mass.</item>
/// <item>Pasting: the last peeled box is widened one restricted side at a time, to the paste-alpha quantile of the rows
/// just outside, while that raises density and mass.</item>
/// <item>Choice (the documented rule): of the boxes on the trajectory whose density reaches the threshold, the one with
/// the highest harmonic mean of coverage and density (the F1 score of the box read as a classifier: density is its
/// precision, coverage its recall; ties: fewer restricted inputs); if none reaches the threshold, the densest box.</item>
/// <item>Covering: further boxes are sought on the rows outside earlier ones, while the last box met the threshold.</item>
/// </list>
/// </summary>
public static class Prim
{
    /// <summary>Finds boxes where <paramref name="interest"/> is true, over the inputs <paramref name="x"/> (<c>x[row][input]</c>).</summary>
    public static PrimResult Run(IReadOnlyList<double[]> x, IReadOnlyList<bool> interest, IReadOnlyList<string> names, PrimOptions? options = null)
    {
        options ??= new PrimOptions();
        int n = x.Count;
        if (n == 0 || interest.Count != n)
        {
            throw new SensitivityException("scenario discovery needs one yes/no outcome per row and at least one row.");
        }
        int totalCases = interest.Count(v => v);
        if (totalCases == 0)
        {
            throw new SensitivityException("no row meets the condition, so there is no region to describe.");
        }
        var data = new PrimData(x, interest, names.Count, totalCases);
        var remaining = Enumerable.Range(0, n).ToList();
        var boxes = new List<PrimBox>();
        IReadOnlyList<PrimStep> firstTrajectory = [];
        int firstChosen = 0;
        while (boxes.Count < options.MaxBoxes && remaining.Any(i => interest[i]))
        {
            var trajectory = new List<(Limits Box, List<int> Rows)> { (data.Initial, remaining) };
            Peel(data, options, trajectory);
            Paste(data, options, remaining, trajectory);
            var steps = trajectory.Select(t => data.Step(t.Box, t.Rows)).ToList();
            int chosen = Choose(steps, options.Threshold);
            var (box, rows) = trajectory[chosen];
            bool meets = steps[chosen].Density >= options.Threshold;
            boxes.Add(new PrimBox(steps[chosen].Coverage, steps[chosen].Density, steps[chosen].Mass, Restrictions(data, box, rows, remaining, names), meets));
            if (boxes.Count == 1)
            {
                firstTrajectory = steps;
                firstChosen = chosen;
            }
            if (!meets || rows.Count == remaining.Count)
            {
                break;
            }
            var inBox = rows.ToHashSet();
            remaining = remaining.Where(i => !inBox.Contains(i)).ToList();
        }
        return new PrimResult(n, totalCases, boxes, firstTrajectory, firstChosen);
    }

    private static int Choose(List<PrimStep> steps, double threshold)
    {
        var dense = Enumerable.Range(0, steps.Count).Where(i => steps[i].Density >= threshold).ToList();
        if (dense.Count > 0)
        {
            return dense.OrderByDescending(i => F1(steps[i])).ThenBy(i => steps[i].Restricted).ThenBy(i => i).First();
        }
        return Enumerable.Range(0, steps.Count).OrderByDescending(i => steps[i].Density).ThenByDescending(i => steps[i].Coverage).ThenBy(i => i).First();
    }

    private static double F1(PrimStep s) => s.Coverage + s.Density > 0 ? 2 * s.Coverage * s.Density / (s.Coverage + s.Density) : 0;

    private static void Peel(PrimData data, PrimOptions options, List<(Limits Box, List<int> Rows)> trajectory)
    {
        while (true)
        {
            var (box, rows) = trajectory[^1];
            (double Obj, int Free, Limits Box, List<int> Rows)? best = null;
            for (int j = 0; j < data.Inputs; j++)
            {
                var values = rows.Select(i => data.X[i][j]).ToArray();
                double low = PrimQuantile.Of(values, options.PeelAlpha);
                double high = PrimQuantile.Of(values, 1 - options.PeelAlpha);
                foreach (var (limits, keep) in new[]
                {
                    (box.With(j, low, box.Upper[j]), rows.Where(i => data.X[i][j] >= low).ToList()),
                    (box.With(j, box.Lower[j], high), rows.Where(i => data.X[i][j] <= high).ToList()),
                })
                {
                    double obj = data.Lenient(rows, keep);
                    int free = data.Inputs - data.Restricted(limits);
                    if (best is null || obj > best.Value.Obj || (obj == best.Value.Obj && free > best.Value.Free))
                    {
                        best = (obj, free, limits, keep);
                    }
                }
            }
            if (best is not { } b || b.Rows.Count < options.MassMin * data.N || b.Rows.Count >= rows.Count || !(b.Obj > 0))
            {
                return;
            }
            trajectory.Add((b.Box, b.Rows));
        }
    }

    private static void Paste(PrimData data, PrimOptions options, List<int> remaining, List<(Limits Box, List<int> Rows)> trajectory)
    {
        while (true)
        {
            var (box, rows) = trajectory[^1];
            (double Obj, int Free, Limits Box, List<int> Rows)? best = null;
            for (int j = 0; j < data.Inputs; j++)
            {
                if (!data.IsRestricted(box, j))
                {
                    continue;
                }
                var outsideLow = remaining.Where(i => data.InBoxExcept(box, i, j) && data.X[i][j] <= box.Lower[j]).Select(i => data.X[i][j]).ToArray();
                var outsideHigh = remaining.Where(i => data.InBoxExcept(box, i, j) && data.X[i][j] >= box.Upper[j]).Select(i => data.X[i][j]).ToArray();
                double low = outsideLow.Length > 0 ? PrimQuantile.Of(outsideLow, 1 - options.PasteAlpha) : data.Initial.Lower[j];
                double high = outsideHigh.Length > 0 ? PrimQuantile.Of(outsideHigh, options.PasteAlpha) : data.Initial.Upper[j];
                foreach (var limits in new[] { box.With(j, Math.Min(low, box.Lower[j]), box.Upper[j]), box.With(j, box.Lower[j], Math.Max(high, box.Upper[j])) })
                {
                    var keep = remaining.Where(i => data.InBox(limits, i)).ToList();
                    double obj = data.Lenient(rows, keep);
                    int free = data.Inputs - data.Restricted(limits);
                    if (best is null || obj > best.Value.Obj || (obj == best.Value.Obj && free > best.Value.Free))
                    {
                        best = (obj, free, limits, keep);
                    }
                }
            }
            if (best is not { } b || b.Rows.Count < options.MassMin * data.N || b.Rows.Count <= rows.Count || !(b.Obj > 0)
                || !(data.Mean(b.Rows) > data.Mean(rows)))
            {
                return;
            }
            trajectory.Add((b.Box, b.Rows));
        }
    }

    private static List<PrimRestriction> Restrictions(PrimData data, Limits box, List<int> rows, List<int> remaining, IReadOnlyList<string> names)
    {
        int tBox = rows.Count;
        int hBox = rows.Count(i => data.Interest[i]);
        var list = new List<PrimRestriction>();
        for (int j = 0; j < data.Inputs; j++)
        {
            if (!data.IsRestricted(box, j))
            {
                continue;
            }
            var loose = box.With(j, data.Initial.Lower[j], data.Initial.Upper[j]);
            var looseRows = remaining.Where(i => data.InBox(loose, i)).ToList();
            double p = looseRows.Count(i => data.Interest[i]) / (double)looseRows.Count;
            list.Add(new PrimRestriction(names[j], box.Lower[j], box.Upper[j], QuasiP.Binomial(hBox, tBox, p)));
        }
        return list.OrderBy(r => r.QuasiP).ToList();
    }
}
