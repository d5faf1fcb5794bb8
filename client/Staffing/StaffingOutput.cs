using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OxyPlot;
using OxyPlot.Annotations;

namespace OtSim.Client.Staffing;

/// <summary>
/// Writes a staffing answer as a folder: curve.csv (one row per staffing level), recommendation.json, report.html and
/// charts/curve.svg. Everything is written into a staging folder first and moved into place at the end, so a folder
/// is either complete or absent.
/// </summary>
public static class StaffingOutput
{
    /// <summary>The files of a staffing folder.</summary>
    public static IReadOnlyList<string> Files { get; } = ["curve.csv", "recommendation.json", "report.html", "charts/curve.svg"];

    /// <summary>Writes the folder; <paramref name="folder"/> must not exist (or be empty).</summary>
    public static void Write(StaffingAnswer answer, string folder, string command)
    {
        string final = Path.GetFullPath(folder);
        string staging = final + $".staging-{Environment.ProcessId}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(Path.Combine(staging, "charts"));
        try
        {
            File.WriteAllText(Path.Combine(staging, "curve.csv"), CurveCsv(answer), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(staging, "recommendation.json"), RecommendationJson(answer, command), new UTF8Encoding(false));
            string svg = ChartExporter.ToSvg(Chart(answer), 900, 520);
            File.WriteAllText(Path.Combine(staging, "charts", "curve.svg"), svg, new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(staging, "report.html"), Report(answer, svg, command), new UTF8Encoding(false));
            if (Directory.Exists(final))
            {
                Directory.Delete(final);
            }
            Directory.Move(staging, final);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    /// <summary>The curve: one row per staffing level.</summary>
    public static string CurveCsv(StaffingAnswer answer)
    {
        var csv = new StringBuilder("policy,therapists,fte_each,total_fte,replications,metric,target,mean,min,max,replications_meeting,share_meeting,share_low_95,share_high_95,annual_cost,cost_per_goal_met,recommended\n");
        foreach (var l in answer.Levels)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{answer.Policy},{l.Therapists},{N(l.FteEach)},{N(l.TotalFte)},{l.Values.Count},{answer.Target.MetricName},{N(answer.Target.Threshold)},")
               .Append(CultureInfo.InvariantCulture, $"{N(l.Mean)},{N(l.Min)},{N(l.Max)},{l.Meeting},{N(l.Share)},{N(l.ShareLow)},{N(l.ShareHigh)},")
               .Append(CultureInfo.InvariantCulture, $"{(l.AnnualCost is { } a ? N(a) : "")},{(l.CostPerGoalMet is { } g ? N(g) : "")},{(ReferenceEquals(l, answer.Recommended) ? 1 : 0)}\n");
        }
        return csv.ToString();
    }

    /// <summary>The recommendation with its probability, interval and cost.</summary>
    public static string RecommendationJson(StaffingAnswer answer, string command) => JsonSerializer.Serialize(new
    {
        scenario = answer.Scenario,
        policy = answer.Policy,
        target = answer.Target.ToString(),
        targetText = answer.Target.Describe(),
        confidence = answer.Confidence,
        replicationsPerLevel = answer.Replications,
        students = answer.Students,
        found = answer.Recommended is not null,
        recommended = answer.Recommended is { } r ? new
        {
            therapists = r.Therapists,
            fteEach = r.FteEach,
            totalFte = r.TotalFte,
            probabilityMeetingTarget = r.Share,
            probabilityLow95 = r.ShareLow,
            probabilityHigh95 = r.ShareHigh,
            replicationsMeeting = r.Meeting,
            meanValue = r.Mean,
            annualCost = r.AnnualCost,
            costPerGoalMet = r.CostPerGoalMet,
        } : null,
        levelsTried = answer.Levels.Count,
        stoppedEarly = answer.StoppedEarly,
        sentence = answer.Sentence(),
        command,
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>The curve chart: the target's figure (mean, and lowest to highest replication) against total FTE, with the target line.</summary>
    public static PlotModel Chart(StaffingAnswer answer)
    {
        string figure = answer.Target.Metric == TargetMetric.Compliance ? "Prescribed minutes delivered (%)" : "Students meeting their goal (%)";
        var points = answer.Levels.Select(l => new TrajectoryPoint(answer.Policy, l.TotalFte, 100 * l.Mean, 100 * l.Min, 100 * l.Max)).ToArray();
        string title = answer.Recommended is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"{r.TotalFte:0.##} FTE is the least that meets the target in {r.Share * 100:0}% of school years")
            : "No staffing tried meets the target often enough";
        var model = WeeklyTrajectoryChart.Create(new TrajectoryInput(title, points,
            "Line: mean of the replications. Shading: lowest to highest replication. Dashed: the target.", [answer.Policy])
        {
            XAxisTitle = "Total therapist FTE",
            YAxisTitle = figure,
        });
        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Horizontal,
            Y = 100 * answer.Target.Threshold,
            Color = Palette.Black,
            StrokeThickness = 2,
            LineStyle = LineStyle.Dash,
            Text = string.Create(CultureInfo.InvariantCulture, $"target {answer.Target.Threshold * 100:0.#}%"),
            TextColor = Palette.Black,
        });
        return model;
    }

    private static string Report(StaffingAnswer answer, string svg, string command)
    {
        var html = new StringBuilder();
        string E(string s) => WebUtility.HtmlEncode(s);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Staffing answer: ").Append(E(answer.Scenario)).Append("</title>\n")
            .Append("<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;font-size:18px;line-height:1.4}")
            .Append("table{border-collapse:collapse}th,td{border:1px solid #555;padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}")
            .Append("tr.recommended{background:#E6F2FA;font-weight:bold}svg{max-width:100%;height:auto}.answer{font-size:1.3rem;font-weight:bold}</style>\n</head>\n<body>\n")
            .Append("<h1>How many therapists? ").Append(E(answer.Scenario)).Append("</h1>\n")
            .Append("<p class=\"answer\">").Append(E(answer.Sentence())).Append("</p>\n")
            .Append("<p>Each staffing level was simulated for ").Append(answer.Replications.ToString(CultureInfo.InvariantCulture))
            .Append(" school years (replications) of ").Append(answer.Students.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" students under the policy ").Append(E(answer.Policy)).Append(". A level is recommended when at least ")
            .Append((answer.Confidence * 100).ToString("0", CultureInfo.InvariantCulture))
            .Append("% of its school years meet the target; the interval is the 95% Wilson interval of that share, so few replications give a wide interval.")
            .Append(answer.StoppedEarly ? " The search stopped once two levels in a row met the target in every school year." : "")
            .Append("</p>\n").Append(svg).Append('\n')
            .Append("<table>\n<thead><tr><th>Total FTE</th><th>Therapists</th><th>Mean</th><th>Lowest - highest</th><th>School years meeting the target</th><th>95% interval</th><th>Cost per year</th><th>Cost per goal met</th></tr></thead>\n<tbody>\n");
        foreach (var l in answer.Levels)
        {
            html.Append(ReferenceEquals(l, answer.Recommended) ? "<tr class=\"recommended\">" : "<tr>")
                .Append(CultureInfo.InvariantCulture, $"<td>{l.TotalFte:0.##}</td><td>{l.Therapists}</td><td>{l.Mean * 100:0.0}%</td><td>{l.Min * 100:0.0}% - {l.Max * 100:0.0}%</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{l.Meeting} of {l.Values.Count} ({l.Share * 100:0}%)</td><td>{l.ShareLow * 100:0}% - {l.ShareHigh * 100:0}%</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(l.AnnualCost is { } a ? "$" + a.ToString("N0", CultureInfo.InvariantCulture) : "unknown")}</td><td>{(l.CostPerGoalMet is { } g ? "$" + g.ToString("N0", CultureInfo.InvariantCulture) : "n/a")}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n<p><small>Made by: ").Append(E(command)).Append("</small></p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string N(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
