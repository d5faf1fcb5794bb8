using System.Globalization;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Statistics;

namespace OtSim.Client.Web;

/// <summary>
/// The workshop's reveal: does more minutes go with more progress? An ordinary least squares line of progress on
/// delivered hours over every student-year, its slope per 10 hours with a 95% CI, a plain sentence and the chart.
/// </summary>
public static class Reveal
{
    /// <summary>Most points drawn in the chart (the fit always uses all of them).</summary>
    public const int MaxPlottedPoints = 3000;

    private const int Width = 800;
    private const int Height = 450;

    /// <summary>Fits the line; never throws for degenerate data (returns <see cref="RevealResult.Available"/> false).</summary>
    public static (RevealResult Result, OlsResult? Fit) Compute(IReadOnlyList<(int Policy, double Hours, double Progress)> points, double goalPoints)
    {
        int n = points.Count;
        var tens = points.Select(p => p.Hours / 10.0).ToArray();
        if (n < 3 || tens.Max() - tens.Min() < 1e-9)
        {
            return (new RevealResult(false, 0, 0, 0, 1, n, "unclear", "No answer from this run",
                "No line can be fitted: every student received the same minutes.",
                "A slope needs students who received different amounts of therapy."), null);
        }
        var design = DesignMatrix.FromFormula("hours10", new Dictionary<string, double[]> { ["hours10"] = tens });
        var fit = OrdinaryLeastSquares.Fit(points.Select(p => p.Progress).ToArray(), design);
        var slope = fit.Coefficients[1];
        var c = CultureInfo.InvariantCulture;
        string b = slope.Estimate.ToString("+0.0;-0.0;0.0", c);
        string ci = string.Create(c, $"95% CI {slope.CiLow:0.0} to {slope.CiHigh:0.0}");
        string verdict = slope.CiLow > 0 ? "more" : slope.CiHigh < 0 ? "less" : "unclear";
        string title = verdict switch
        {
            "more" => "Yes: more minutes, more progress",
            "less" => "More minutes, less progress",
            _ => "No clear evidence either way",
        };
        string headline = verdict switch
        {
            "more" => $"{b} points of progress for every 10 more hours of OT ({ci}).",
            "less" => $"{b} points of progress for every 10 more hours of OT ({ci}).",
            _ => $"{b} points per 10 more hours of OT; the {ci} includes zero.",
        };
        string caution = verdict == "unclear" ? "No clear evidence is not evidence of no effect. " : "";
        string detail = caution + string.Create(c,
            $"Fitted over {n:N0} student-years (all policies and replications). The IEP goal is {goalPoints:0.#} points in a year. ")
            + "This is an association across students, not adjusted for need: students with greater needs often get more minutes and progress more slowly.";
        return (new RevealResult(true, slope.Estimate, slope.CiLow, slope.CiHigh, slope.PValue, n, verdict, title, headline, detail), fit);
    }

    /// <summary>The scatter with the fitted line and its 95% band, as inline SVG from the analysis chart factory.</summary>
    public static string ChartSvg(IReadOnlyList<(int Policy, double Hours, double Progress)> points, IReadOnlyList<string> policies, RevealResult result, OlsResult? fit)
    {
        int stride = Math.Max(1, (points.Count + MaxPlottedPoints - 1) / MaxPlottedPoints);
        var plotted = points.Where((_, i) => i % stride == 0).Select(p => new GroupedPoint(policies[p.Policy], p.Hours, p.Progress)).ToArray();
        var band = new List<BandPoint>();
        var line = new FittedLine(0, 0, "No line: minutes did not vary");
        if (fit is not null && points.Count > 0)
        {
            double lo = points.Min(p => p.Hours), hi = points.Max(p => p.Hours);
            for (int i = 0; i <= 40; i++)
            {
                // The line was fitted on hours / 10 (the slope reads per 10 hours).
                double hours = lo + (hi - lo) * i / 40.0;
                var (_, low, high) = fit.MeanInterval([1.0, hours / 10.0]);
                band.Add(new BandPoint(hours, low, high));
            }
            string label = string.Create(CultureInfo.InvariantCulture, $"Fitted line: {result.SlopePer10Hours:+0.0;-0.0;0.0} points per 10 hours");
            line = new FittedLine(fit.Coefficients[0].Estimate, fit.Coefficients[1].Estimate / 10.0, label);
        }
        string subtitle = stride > 1
            ? $"Each dot is a student-year; every {stride}th of {points.Count:N0} is drawn, the line uses all."
            : $"Each dot is a student-year ({points.Count:N0}).";
        var input = new MinutesProgressInput("Minutes delivered vs progress", plotted, line, band, subtitle, policies)
        {
            XAxisTitle = "Delivered OT hours in the year",
        };
        // Drawn small and scaled up by the page, so the chart's fonts read large on a projector.
        string svg = ChartExporter.ToSvg(MinutesProgressChart.Create(input), Width, Height, isDocument: false);
        return Responsive(svg);
    }

    // OxyPlot writes a fixed width and height; a viewBox lets the page scale the chart to the screen.
    private static string Responsive(string svg)
    {
        int end = svg.IndexOf('>', StringComparison.Ordinal);
        if (!svg.StartsWith("<svg", StringComparison.Ordinal) || end < 0 || svg[..end].Contains("viewBox", StringComparison.Ordinal))
        {
            return svg;
        }
        string head = svg[..end]
            .Replace($"width=\"{Width}\"", $"viewBox=\"0 0 {Width} {Height}\" width=\"100%\"", StringComparison.Ordinal)
            .Replace($"height=\"{Height}\"", "role=\"img\" aria-label=\"Scatter of delivered hours against progress with the fitted line\"", StringComparison.Ordinal);
        return head + svg[end..];
    }
}
