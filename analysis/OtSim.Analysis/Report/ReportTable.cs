namespace OtSim.Analysis.Report;

/// <summary>A table of already-formatted text cells.</summary>
/// <param name="Caption">What the table shows.</param>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">Rows of cells; each row should have as many cells as the header.</param>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
