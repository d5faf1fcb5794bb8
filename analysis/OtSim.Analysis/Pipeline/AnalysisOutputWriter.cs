using OtSim.Analysis.Export;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Writes analysis.json, charts/ and report.html so that nothing is ever half-written: every file is rendered in
/// memory first; a new output folder is assembled beside its final place and renamed into it; in an existing folder
/// (a dataset folder) charts/ is assembled beside it and swapped in, and each file is written to a temporary name
/// and renamed.
/// </summary>
public static class AnalysisOutputWriter
{
    /// <summary>Rendered outputs, ready to write.</summary>
    /// <param name="Json">analysis.json text.</param>
    /// <param name="Html">report.html text.</param>
    /// <param name="Files">Chart files by relative path (charts/...).</param>
    public sealed record Rendered(string Json, string Html, IReadOnlyDictionary<string, byte[]> Files)
    {
        /// <summary>design_points.csv text, or null when the analysis has no design-point table.</summary>
        public string? DesignPointsCsv { get; init; }
    }

    /// <summary>File name of the design-point table.</summary>
    public const string DesignPointsFile = "design_points.csv";

    /// <summary>Writes the outputs into <paramref name="directory"/> (created if missing).</summary>
    public static void Write(string directory, Rendered rendered)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(rendered);
        var final = Path.GetFullPath(directory);
        if (!Directory.Exists(final))
        {
            var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(final)) ?? ".";
            Directory.CreateDirectory(parent);
            var staging = Path.Combine(parent, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(final))}.analysis-{Environment.ProcessId}-{Guid.NewGuid():N}");
            try
            {
                WriteAll(staging, rendered);
                Directory.Move(staging, final);
            }
            catch
            {
                TryDelete(staging);
                throw;
            }

            return;
        }

        var charts = Path.Combine(final, "charts");
        var stagingCharts = Path.Combine(final, $".charts.{Environment.ProcessId}-{Guid.NewGuid():N}");
        var oldCharts = stagingCharts + ".old";
        try
        {
            Directory.CreateDirectory(stagingCharts);
            foreach (var (path, bytes) in rendered.Files.Where(f => f.Key.StartsWith("charts/", StringComparison.Ordinal)))
            {
                File.WriteAllBytes(Path.Combine(stagingCharts, Path.GetFileName(path)), bytes);
            }

            if (Directory.Exists(charts))
            {
                Directory.Move(charts, oldCharts);
            }

            Directory.Move(stagingCharts, charts);
            foreach (var (path, bytes) in rendered.Files.Where(f => !f.Key.StartsWith("charts/", StringComparison.Ordinal)))
            {
                AtomicFile.Write(Path.Combine(final, path), stream => stream.Write(bytes)); // sensitivity.json
            }

            AtomicFile.WriteText(Path.Combine(final, "analysis.json"), rendered.Json);
            AtomicFile.WriteText(Path.Combine(final, "report.html"), rendered.Html);
            if (rendered.DesignPointsCsv is { } table)
            {
                AtomicFile.WriteText(Path.Combine(final, DesignPointsFile), table);
            }
        }
        finally
        {
            TryDelete(stagingCharts);
            TryDelete(oldCharts);
        }
    }

    private static void WriteAll(string folder, Rendered rendered)
    {
        Directory.CreateDirectory(Path.Combine(folder, "charts"));
        foreach (var (path, bytes) in rendered.Files)
        {
            File.WriteAllBytes(Path.Combine(folder, path), bytes);
        }

        File.WriteAllText(Path.Combine(folder, "analysis.json"), rendered.Json);
        File.WriteAllText(Path.Combine(folder, "report.html"), rendered.Html);
        if (rendered.DesignPointsCsv is { } table)
        {
            File.WriteAllText(Path.Combine(folder, DesignPointsFile), table);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leaving a hidden temporary folder is better than hiding the original error.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
