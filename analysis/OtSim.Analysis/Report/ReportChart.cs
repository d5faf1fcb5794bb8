using OxyPlot;

namespace OtSim.Analysis.Report;

/// <summary>A chart and the caption that explains it to a non-specialist.</summary>
/// <param name="Model">The chart from one of the factories in <c>OtSim.Analysis.Charts</c>.</param>
/// <param name="Caption">One or two sentences under the chart.</param>
/// <param name="AltText">Text for screen readers; defaults to the chart title.</param>
public sealed record ReportChart(PlotModel Model, string Caption, string? AltText = null);
