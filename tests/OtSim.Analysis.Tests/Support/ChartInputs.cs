using OtSim.Analysis.Charts;

namespace OtSim.Analysis.Tests.Support;

/// <summary>Builds each chart's input from synthetic data, the way an analysis pipeline would.</summary>
public static class ChartInputs
{
    public static MinutesProgressInput MinutesProgress(IReadOnlyList<SyntheticStudent>? students = null)
    {
        students ??= SyntheticData.Students();
        var xs = students.Select(s => s.DeliveredMinutes).ToArray();
        var ys = students.Select(s => s.Progress).ToArray();
        var meanX = xs.Average();
        var meanY = ys.Average();
        var sxx = xs.Sum(x => (x - meanX) * (x - meanX));
        var slope = xs.Zip(ys).Sum(p => (p.First - meanX) * (p.Second - meanY)) / sxx;
        var intercept = meanY - (slope * meanX);
        var residualSd = Math.Sqrt(xs.Zip(ys).Sum(p => Math.Pow(p.Second - (intercept + (slope * p.First)), 2)) / (xs.Length - 2));
        var band = Enumerable.Range(0, 21).Select(i =>
        {
            var x = xs.Min() + ((xs.Max() - xs.Min()) * i / 20.0);
            var se = residualSd * Math.Sqrt((1.0 / xs.Length) + ((x - meanX) * (x - meanX) / sxx));
            var y = intercept + (slope * x);
            return new BandPoint(x, y - (1.96 * se), y + (1.96 * se));
        }).ToList();
        return new MinutesProgressInput(
            "Each extra 100 minutes of OT went with about 0.6 more points of progress",
            students.Select(s => new GroupedPoint(s.Policy, s.DeliveredMinutes, s.Progress)).ToList(),
            new FittedLine(intercept, slope, "Fitted line"),
            band,
            $"{students.Count} simulated students, 3 policies",
            SyntheticData.Policies);
    }

    public static DoseResponseInput DoseResponse(IReadOnlyList<SyntheticStudent>? students = null)
    {
        students ??= SyntheticData.Students();
        var edges = new[] { 0.0, 300, 600, 900, 1200, double.PositiveInfinity };
        var bands = new List<DoseBand>();
        for (var i = 0; i < edges.Length - 1; i++)
        {
            var inBand = students.Where(s => s.DeliveredMinutes >= edges[i] && s.DeliveredMinutes < edges[i + 1]).ToList();
            if (inBand.Count < 2)
            {
                continue;
            }

            var mean = inBand.Average(s => s.Progress);
            var sd = Math.Sqrt(inBand.Sum(s => Math.Pow(s.Progress - mean, 2)) / (inBand.Count - 1));
            var half = 1.96 * sd / Math.Sqrt(inBand.Count);
            var label = double.IsPositiveInfinity(edges[i + 1]) ? $"{edges[i]}+ min" : $"{edges[i]}-{edges[i + 1]} min";
            bands.Add(new DoseBand(label, inBand.Average(s => s.DeliveredMinutes), mean, mean - half, mean + (half * 1.2), inBand.Count));
        }

        return new DoseResponseInput("Progress rises with minutes, and flattens above about 900 minutes a year", bands)
        {
            ShowCounts = true,
        };
    }

    public static PolicyComparisonInput PolicyComparison(IReadOnlyList<SyntheticStudent>? students = null)
    {
        students ??= SyntheticData.Students();
        var distributions = SyntheticData.Policies
            .Select(p => PolicyDistribution.FromValues(p, students.Where(s => s.Policy == p).Select(s => s.Progress)))
            .ToList();
        return new PolicyComparisonInput(
            "Push-in and consult-heavy students progressed as much as pull-out students",
            distributions,
            "Box: middle half of students. Thick line: median. Diamond: mean.",
            SyntheticData.Policies);
    }

    public static HeatmapInput Heatmap(IReadOnlyList<SyntheticStudent>? students = null)
    {
        students ??= SyntheticData.Students();
        string[] minuteLabels = ["< 400", "400-800", "800-1200", "1200+"];
        double[] minuteEdges = [0, 400, 800, 1200, double.PositiveInfinity];
        string[] collaborationLabels = ["Low (< 0.33)", "Medium", "High (> 0.67)"];
        double[] collaborationEdges = [0, 0.33, 0.67, 1.0001];
        var grid = new double[minuteLabels.Length, collaborationLabels.Length];
        for (var x = 0; x < minuteLabels.Length; x++)
        {
            for (var y = 0; y < collaborationLabels.Length; y++)
            {
                var cell = students.Where(s =>
                    s.DeliveredMinutes >= minuteEdges[x] && s.DeliveredMinutes < minuteEdges[x + 1] &&
                    s.Collaboration >= collaborationEdges[y] && s.Collaboration < collaborationEdges[y + 1]).ToList();
                grid[x, y] = cell.Count == 0 ? double.NaN : cell.Average(s => s.Progress);
            }
        }

        return new HeatmapInput(
            "High teacher collaboration adds progress at every level of minutes",
            minuteLabels,
            collaborationLabels,
            grid,
            "Mean progress per cell; grey cells have no students");
    }

    public static TrajectoryInput Trajectories(int weeks = 36, int seed = 7)
    {
        var random = new Random(seed);
        var points = new List<TrajectoryPoint>();
        foreach (var (policy, index) in SyntheticData.Policies.Select((p, i) => (p, i)))
        {
            var students = Enumerable.Range(0, 120).Select(_ => (Start: SyntheticData.Normal(random, 45, 8), Rate: SyntheticData.Normal(random, 0.25 + (0.05 * index), 0.08))).ToList();
            for (var week = 1; week <= weeks; week++)
            {
                var values = students.Select(s => s.Start + (s.Rate * week) + SyntheticData.Normal(random, 0, 1.5)).Order().ToList();
                points.Add(new TrajectoryPoint(policy, week, SyntheticData.Quantile(values, 0.5), SyntheticData.Quantile(values, 0.1), SyntheticData.Quantile(values, 0.9)));
            }
        }

        return new TrajectoryInput("Consult-heavy students pulled ahead after the winter break", points, null, SyntheticData.Policies);
    }

    public static CapacityInput Capacity(int therapists = 14, int seed = 3)
    {
        var random = new Random(seed);
        var loads = Enumerable.Range(1, therapists).Select(i =>
        {
            var capacity = Math.Round(random.Next(2, 6) * 0.2 * 36 * 1200 / 10) * 10;
            var demand = capacity * SyntheticData.Normal(random, 1.0, 0.18);
            return new TherapistLoad($"T{i:D2}", capacity, demand);
        }).ToList();
        return new CapacityInput($"{loads.Count(l => l.IsOverCapacity)} of {loads.Count} therapists are asked for more minutes than they can give", loads);
    }
}
