using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Analysis.Sensitivity;
using OtSim.Sensitivity.Files;
using OxyPlot;

namespace OtSim.Analysis.Report;

/// <summary>
/// The report section "Which assumptions decide the answer" of a run with a Sobol' or Morris design, and the files
/// that go with it: <c>sensitivity.json</c> and the charts under <c>charts/</c>.
/// </summary>
public static class SensitivitySection
{
    /// <summary>The section's HTML (charts inline as SVG).</summary>
    public static string Html(SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder("<section id=\"sensitivity\">\n<h2>Which assumptions decide the answer</h2>\n");
        string design = report.Method == "sobol"
            ? $"a Sobol' design (Saltelli's scheme on a scrambled Sobol' sequence, N = {report.Samples} base samples)"
            : $"a Morris design ({report.Samples} trajectories)";
        P(html, $"The run varied {report.Parameters.Count} assumptions ({string.Join(", ", report.Parameters)}) over {report.DesignPoints:N0} design points, {design}; every design point used the same replication seeds, and each outcome is averaged over replications (from {report.Source}).");
        P(html, report.SummarySentence);
        foreach (var d in report.Discoveries)
        {
            P(html, d.Words);
        }
        html.Append("<table>\n<caption>")
            .Append(E(report.Method == "sobol" ? "Total-order Sobol' index (95% bootstrap interval) of the three most influential assumptions, per outcome and policy" : "Morris μ* (95% bootstrap interval) of the three most influential assumptions, per outcome and policy"))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Policy</th><th scope=\"col\">Most influential</th><th scope=\"col\">Replication noise share</th></tr></thead>\n<tbody>\n");
        foreach (var o in report.Outcomes)
        {
            string top = o.Skipped ?? (o.Sobol is { } s
                ? string.Join("; ", s.Parameters.OrderByDescending(p => p.ST).Take(3).Select(p => $"{p.Name} {F(p.ST)} [{F(p.STCiLow)}, {F(p.STCiHigh)}]"))
                : string.Join("; ", o.Morris!.Parameters.OrderByDescending(p => p.MuStar).Take(3).Select(p => $"{p.Name} {F(p.MuStar)} [{F(p.MuStarCiLow)}, {F(p.MuStarCiHigh)}]")));
            string noise = o.NoiseShare is { } n ? n.ToString("0%", CultureInfo.InvariantCulture) : "not measured";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(o.Outcome)}</td><td>{E(o.Policy)}</td><td>{E(top)}</td><td>{E(noise)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        int i = 0;
        foreach (var (_, model, caption) in Charts(report))
        {
            i++;
            string svg = ChartExporter.ToSvg(model, isDocument: false);
            html.Append("<figure>\n").Append(SvgInliner.Prepare(svg, $"sens{i}-", caption)).Append('\n')
                .Append(CultureInfo.InvariantCulture, $"<figcaption>{E(caption)}</figcaption>\n</figure>\n");
        }
        html.Append("</section>\n");
        return html.ToString();
    }

    /// <summary>Files to write beside report.html: <c>sensitivity.json</c> and one SVG per chart.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files(SensitivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["sensitivity.json"] = Encoding.UTF8.GetBytes(ResultJson.Text(Json(report))),
        };
        foreach (var (file, model, _) in Charts(report))
        {
            files[file] = Encoding.UTF8.GetBytes(ChartExporter.ToSvg(model));
        }
        return files;
    }

    /// <summary>
    /// <c>{ "method", "samples", "design_points", "parameters": [names], "source", "summary", "outcomes": [ per outcome and
    /// policy: the sensitivity.json shape of the command (plus "policy", "noise_share") or { "outcome", "policy",
    /// "skipped" } ], "discovery": [ the discovery.json shape plus "policy" and "words" ] }</c>.
    /// </summary>
    public static JsonObject Json(SensitivityReport report)
    {
        var outcomes = new JsonArray();
        foreach (var o in report.Outcomes)
        {
            JsonObject item = o.Sobol is { } s ? ResultJson.Sobol(o.Outcome, s) : o.Morris is { } m ? ResultJson.Morris(o.Outcome, m)
                : new JsonObject { ["outcome"] = o.Outcome, ["skipped"] = o.Skipped };
            item["policy"] = o.Policy;
            item["noise_share"] = o.NoiseShare;
            outcomes.Add(item);
        }
        var discovery = new JsonArray();
        foreach (var d in report.Discoveries)
        {
            var item = d.Result is { } r ? ResultJson.Discovery(d.Outcome, d.Condition, r) : new JsonObject { ["outcome"] = d.Outcome, ["condition"] = d.Condition };
            item["policy"] = d.Policy;
            item["words"] = d.Words;
            discovery.Add(item);
        }
        return new JsonObject
        {
            ["method"] = report.Method,
            ["samples"] = report.Samples,
            ["design_points"] = report.DesignPoints,
            ["parameters"] = new JsonArray(report.Parameters.Select(p => (JsonNode)p).ToArray()),
            ["source"] = report.Source,
            ["summary"] = report.SummarySentence,
            ["outcomes"] = outcomes,
            ["discovery"] = discovery,
        };
    }

    /// <summary>The key outcome's chart per policy (slope per 10 hours, else the first outcome with indices) and the first PRIM trade-off.</summary>
    private static IEnumerable<(string File, PlotModel Model, string Caption)> Charts(SensitivityReport report)
    {
        string key = report.Outcomes.Any(o => o.Outcome == "slope_per_10h" && o.Skipped is null) ? "slope_per_10h"
            : report.Outcomes.FirstOrDefault(o => o.Skipped is null)?.Outcome ?? "";
        foreach (var o in report.Outcomes.Where(o => o.Outcome == key && o.Skipped is null))
        {
            string title = $"What drives {SensitivityWords.Describe(o.Outcome)} under {o.Policy}";
            string noise = o.NoiseShare is { } n ? $"; replication noise {n.ToString("0%", CultureInfo.InvariantCulture)} of the variance" : "";
            var model = o.Sobol is { } s
                ? SobolIndexChart.Create(s, title, $"Sobol' indices over {report.DesignPoints:N0} design points, 95% bootstrap intervals{noise}")
                : MorrisChart.Create(o.Morris!, o.Outcome, title, $"Morris screening, {o.Morris!.Trajectories} trajectories{noise}");
            yield return ($"charts/sensitivity-{Slug(o.Outcome)}-{Slug(o.Policy)}.svg", model, title + (o.Sobol is null ? " (μ* against σ)" : " (S1 and ST with intervals)"));
        }
        if (report.Discoveries.FirstOrDefault(d => d.Result is not null) is { Result: { } prim } first)
        {
            string title = $"Where {first.Condition} ({first.Policy}): PRIM trade-off";
            yield return ($"charts/discovery-{Slug(first.Outcome)}-{Slug(first.Policy)}.svg", PrimTradeoffChart.Create(prim, title, first.Words), title);
        }
    }

    private static string Slug(string s) => new(s.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    private static void P(StringBuilder html, string text) => html.Append(CultureInfo.InvariantCulture, $"<p>{E(text)}</p>\n");

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
