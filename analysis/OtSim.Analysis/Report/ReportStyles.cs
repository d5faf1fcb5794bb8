namespace OtSim.Analysis.Report;

/// <summary>The report's inline stylesheet: large type and high contrast for projectors and printouts.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body {
          margin: 0 auto; max-width: 1340px; padding: 32px 28px 64px;
          font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif;
          font-size: 20px; line-height: 1.55; color: #000; background: #fff;
        }
        h1 { font-size: 40px; line-height: 1.2; margin: 0 0 24px; }
        h2 { font-size: 30px; margin: 48px 0 16px; padding-bottom: 6px; border-bottom: 3px solid #0072B2; }
        p { margin: 0 0 16px; max-width: 70ch; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 20px; }
        .card { border: 2px solid #000; border-left: 10px solid #0072B2; border-radius: 6px; padding: 18px 20px; }
        .card .value { font-size: 44px; font-weight: bold; line-height: 1.1; }
        .card .label { font-size: 20px; margin-top: 8px; }
        .card .note { font-size: 17px; color: #333; margin-top: 6px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 19px; }
        caption { text-align: left; font-weight: bold; font-size: 21px; padding: 8px 0; }
        th, td { border: 1px solid #555; padding: 8px 12px; text-align: left; vertical-align: top; }
        th { background: #E8EEF4; }
        tbody tr:nth-child(even) { background: #F5F5F5; }
        figure { margin: 24px 0 40px; }
        figure svg, figure img { display: block; width: 100%; height: auto; border: 1px solid #999; }
        figcaption { font-size: 19px; margin-top: 10px; color: #111; max-width: 80ch; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 6px 24px; font-size: 18px; }
        dl.provenance dt { font-weight: bold; }
        dl.provenance dd { margin: 0; font-family: "DejaVu Sans Mono", Consolas, monospace; word-break: break-all; }
        @media print { body { font-size: 14px; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
        """;
}
