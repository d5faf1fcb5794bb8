using System.Globalization;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Analysis.Pipeline;

namespace OtSim.Client.Web;

/// <summary>
/// The workshop's reveal: the answer to "do more minutes lead to more progress?" exactly as the run's analysis
/// (report.html, analysis.json) states it, and a scatter of what the students received and made. Computes nothing
/// statistical of its own.
/// </summary>
public static class Reveal
{
    /// <summary>Most points drawn in the chart.</summary>
    public const int MaxPlottedPoints = 3000;

    private const int Width = 800;
    private const int Height = 450;

    /// <summary>The reveal from the analysis' answer; not available when the run has no analysis.</summary>
    public static RevealResult FromAnalysis(AnalysisFigures? figures)
    {
        if (figures?.Answer is not { } a)
        {
            return new RevealResult(false, null, null, null, null, figures?.Rows ?? 0, "unclear", "No answer from this run",
                "The run's analysis did not produce an answer.", "Open the report for what was computed.");
        }

        string detail = string.Join(" ", a.Cautions) is { Length: > 0 } c ? c : a.Explanation;
        return new RevealResult(true, a.EffectPer10Hours, a.CiLow, a.CiHigh, a.PValue, figures.Rows, a.Verdict, a.Title, a.Headline, detail);
    }

    /// <summary>Delivered hours against progress, with the analysis' naive line labelled as such, as inline SVG.</summary>
    public static string ChartSvg(IReadOnlyList<(int Policy, double Hours, double Progress)> points, IReadOnlyList<string> policies, AnalysisFigures? figures)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(policies);
        int stride = Math.Max(1, (points.Count + MaxPlottedPoints - 1) / MaxPlottedPoints);
        var plotted = points.Where((_, i) => i % stride == 0).Select(p => new GroupedPoint(policies[p.Policy], p.Hours, p.Progress)).ToArray();
        // The naive model is per minute; the chart's x axis is hours.
        var line = figures?.NaiveLine is { } n
            ? new FittedLine(n.Intercept, n.Slope * 60, "Naive line: all students pooled, unadjusted")
            : new FittedLine(0, 0, "No line: the analysis has no naive model");
        // Short enough for the projector: the answer beside the chart says what the line is not.
        string subtitle = stride > 1
            ? $"Each dot is a student-year; every {stride}th of {points.Count:N0} is drawn. Line: naive."
            : $"Each dot is a student-year ({points.Count:N0}). Line: naive.";
        var input = new MinutesProgressInput("Minutes delivered and progress, unadjusted", plotted, line, [], subtitle, policies)
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
            .Replace(string.Create(CultureInfo.InvariantCulture, $"width=\"{Width}\""), $"viewBox=\"0 0 {Width} {Height}\" width=\"100%\"", StringComparison.Ordinal)
            .Replace(string.Create(CultureInfo.InvariantCulture, $"height=\"{Height}\""), "role=\"img\" aria-label=\"Scatter of delivered hours against progress with the naive line\"", StringComparison.Ordinal);
        return head + svg[end..];
    }
}
