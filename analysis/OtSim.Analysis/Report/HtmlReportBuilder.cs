using System.Globalization;
using System.Net;
using System.Text;
using OtSim.Analysis.Export;

namespace OtSim.Analysis.Report;

/// <summary>
/// Builds one self-contained <c>report.html</c>: inline CSS, charts embedded in the file, nothing fetched from
/// the network, every caller string HTML-escaped. Sections appear in a fixed order: title, summary,
/// key numbers, tables, charts, provenance.
/// </summary>
public sealed class HtmlReportBuilder
{
    private readonly List<string> _sections = [];
    private readonly string _title;
    private readonly List<string> _summary = [];
    private readonly List<KeyNumber> _keyNumbers = [];
    private readonly List<ReportTable> _tables = [];
    private readonly List<ReportChart> _charts = [];
    private ReportProvenance? _provenance;

    /// <summary>Starts a report with the given page title.</summary>
    public HtmlReportBuilder(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _title = title;
    }

    /// <summary>How charts are embedded; inline SVG by default.</summary>
    public ChartEmbedding ChartEmbedding { get; set; } = ChartEmbedding.Svg;

    /// <summary>Adds plain-language summary paragraphs (plain text, not HTML).</summary>
    public HtmlReportBuilder AddSummary(params IEnumerable<string> paragraphs)
    {
        _summary.AddRange(paragraphs);
        return this;
    }

    /// <summary>Adds headline numbers shown as cards.</summary>
    public HtmlReportBuilder AddKeyNumbers(params IEnumerable<KeyNumber> numbers)
    {
        _keyNumbers.AddRange(numbers);
        return this;
    }

    /// <summary>Adds a table of text cells.</summary>
    public HtmlReportBuilder AddTable(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _tables.Add(table);
        return this;
    }

    /// <summary>Adds a chart with its caption.</summary>
    public HtmlReportBuilder AddChart(ReportChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        _charts.Add(chart);
        return this;
    }

    /// <summary>Adds a finished section (trusted HTML built by a section class such as <see cref="SensitivitySection"/>), shown after the charts.</summary>
    public HtmlReportBuilder AddSection(string html)
    {
        _sections.Add(html ?? throw new ArgumentNullException(nameof(html)));
        return this;
    }

    /// <summary>Sets the provenance block; a report without one cannot be built.</summary>
    public HtmlReportBuilder WithProvenance(ReportProvenance provenance)
    {
        _provenance = provenance ?? throw new ArgumentNullException(nameof(provenance));
        return this;
    }

    /// <summary>Renders the whole page.</summary>
    /// <exception cref="InvalidOperationException">No provenance was given.</exception>
    public string Build()
    {
        var provenance = _provenance
            ?? throw new InvalidOperationException("A report needs its provenance (scenario, seed, version, command) so it can be reproduced.");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(_title)}</title>\n")
            .Append("<style>\n").Append(ReportStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(_title)}</h1>\n");

        AppendSummary(html);
        AppendKeyNumbers(html);
        AppendTables(html);
        AppendCharts(html);
        _sections.ForEach(section => html.Append(section));
        AppendProvenance(html, provenance);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Renders the page and writes it to <paramref name="path"/> atomically (temp file, then rename).</summary>
    public void WriteTo(string path) => AtomicFile.WriteText(path, Build());

    private void AppendSummary(StringBuilder html)
    {
        if (_summary.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        foreach (var paragraph in _summary)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph)}</p>\n");
        }

        html.Append("</section>\n");
    }

    private void AppendKeyNumbers(StringBuilder html)
    {
        if (_keyNumbers.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"key-numbers\">\n<h2>Key numbers</h2>\n<div class=\"cards\">\n");
        foreach (var number in _keyNumbers)
        {
            html.Append("<div class=\"card\">")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"value\">{E(number.Value)}</div>")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"label\">{E(number.Label)}</div>");
            if (!string.IsNullOrWhiteSpace(number.Note))
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"note\">{E(number.Note)}</div>");
            }

            html.Append("</div>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    private void AppendTables(StringBuilder html)
    {
        if (_tables.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"tables\">\n<h2>Tables</h2>\n");
        foreach (var table in _tables)
        {
            html.Append("<table>\n").Append(CultureInfo.InvariantCulture, $"<caption>{E(table.Caption)}</caption>\n<thead><tr>");
            foreach (var heading in table.Header)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(heading)}</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td>{E(cell)}</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private void AppendCharts(StringBuilder html)
    {
        if (_charts.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (var i = 0; i < _charts.Count; i++)
        {
            var chart = _charts[i];
            var alt = chart.AltText ?? chart.Model.Title ?? chart.Caption;
            html.Append("<figure>\n");
            if (ChartEmbedding == ChartEmbedding.Png)
            {
                var png = Convert.ToBase64String(ChartExporter.ToPng(chart.Model));
                html.Append(CultureInfo.InvariantCulture, $"<img src=\"data:image/png;base64,{png}\" alt=\"{E(alt)}\" width=\"{ChartExporter.DefaultWidth}\" height=\"{ChartExporter.DefaultHeight}\">\n");
            }
            else
            {
                // The SVG comes from OxyPlot's XML writer, which escapes chart text itself.
                var svg = ChartExporter.ToSvg(chart.Model, isDocument: false);
                html.Append(SvgInliner.Prepare(svg, $"chart{i + 1}-", alt)).Append('\n');
            }

            html.Append(CultureInfo.InvariantCulture, $"<figcaption>{E(chart.Caption)}</figcaption>\n</figure>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendProvenance(StringBuilder html, ReportProvenance provenance)
    {
        var items = new List<(string Term, string Value)>
        {
            ("Scenario", provenance.ScenarioName),
            ("Seed", provenance.Seed?.ToString(CultureInfo.InvariantCulture) ?? "not applicable (not simulated data)"),
            ("Replications", provenance.Replications.ToString(CultureInfo.InvariantCulture)),
            ("Program version", provenance.ProgramVersion),
            ("Command", provenance.Command),
        };
        if (provenance.GeneratedAt is { } generated)
        {
            items.Add(("Generated", generated.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC"));
        }

        html.Append("<section id=\"provenance\">\n<h2>How this report was made</h2>\n<dl class=\"provenance\">\n");
        foreach (var (term, value) in items)
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{E(term)}</dt><dd>{E(value)}</dd>\n");
        }

        html.Append("</dl>\n</section>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
