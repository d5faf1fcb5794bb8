using OxyPlot;
using OxyPlot.SkiaSharp;

namespace OtSim.Analysis.Export;

/// <summary>Renders a <see cref="PlotModel"/> to SVG or PNG files or in-memory content.</summary>
public static class ChartExporter
{
    /// <summary>Default width in pixels: a 16:9 projector slide.</summary>
    public const int DefaultWidth = 1280;

    /// <summary>Default height in pixels.</summary>
    public const int DefaultHeight = 720;

    /// <summary>Renders the chart as an SVG string; <paramref name="isDocument"/> false gives a fragment for inline HTML.</summary>
    public static string ToSvg(PlotModel model, int width = DefaultWidth, int height = DefaultHeight, bool isDocument = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ValidateSize(width, height);

        // Skia measures text with the real DejaVu metrics, so labels are laid out as they will look.
        using var measurer = new SkiaRenderContext();
        var svg = OxyPlot.SvgExporter.ExportToString(model, width, height, isDocument, measurer);

        // OxyPlot writes an XML declaration even for fragments; it is invalid inside HTML.
        return isDocument ? svg : StripXmlDeclaration(svg);
    }

    /// <summary>Renders the chart as PNG bytes.</summary>
    public static byte[] ToPng(PlotModel model, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(model);
        ValidateSize(width, height);
        using var stream = new MemoryStream();
        var exporter = new PngExporter { Width = width, Height = height, Dpi = 96, UseTextShaping = true };
        exporter.Export(model, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the chart to an SVG file, atomically.</summary>
    public static void ExportSvg(PlotModel model, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        var svg = ToSvg(model, width, height);
        AtomicFile.WriteText(path, svg);
    }

    /// <summary>Writes the chart to a PNG file, atomically.</summary>
    public static void ExportPng(PlotModel model, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        var png = ToPng(model, width, height);
        AtomicFile.Write(path, stream => stream.Write(png));
    }

    private static string StripXmlDeclaration(string svg)
    {
        var trimmed = svg.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (trimmed.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = trimmed.IndexOf("?>", StringComparison.Ordinal);
            trimmed = trimmed[(end + 2)..].TrimStart();
        }

        return trimmed;
    }

    private static void ValidateSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 16);
    }
}
