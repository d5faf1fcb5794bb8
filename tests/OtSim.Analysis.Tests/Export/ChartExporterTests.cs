using System.Buffers.Binary;
using System.Xml.Linq;
using OtSim.Analysis.Charts;
using OtSim.Analysis.Export;
using OtSim.Analysis.Tests.Support;

namespace OtSim.Analysis.Tests.Export;

public sealed class ChartExporterTests : IDisposable
{
    private static readonly byte[] _pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Svg_file_is_valid_xml_with_the_title_and_size()
    {
        var path = _temp.File("chart.svg");

        ChartExporter.ExportSvg(MinutesProgressChart.Create(ChartInputs.MinutesProgress()), path);

        var svg = XDocument.Load(path).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("1280", svg.Attribute("width")!.Value);
        Assert.Equal("720", svg.Attribute("height")!.Value);
        Assert.Contains(svg.Descendants(), e => e.Value.Contains("0.6 more points", StringComparison.Ordinal));
        Assert.Contains("DejaVu Sans", File.ReadAllText(path));
    }

    [Fact]
    public void Svg_fragment_has_no_xml_declaration_for_inline_html()
    {
        var svg = ChartExporter.ToSvg(DoseResponseChart.Create(ChartInputs.DoseResponse()), isDocument: false);

        Assert.StartsWith("<svg", svg.TrimStart());
        XElement.Parse(svg);
    }

    [Fact]
    public void Png_file_has_signature_and_default_size()
    {
        var path = _temp.File("chart.png");

        ChartExporter.ExportPng(CollaborationHeatmapChart.Create(ChartInputs.Heatmap()), path);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(_pngSignature, bytes[..8]);
        Assert.Equal((1280, 720), PngSize(bytes));
    }

    [Fact]
    public void Png_honours_a_custom_size()
    {
        var bytes = ChartExporter.ToPng(WeeklyTrajectoryChart.Create(ChartInputs.Trajectories()), 1920, 1080);

        Assert.Equal((1920, 1080), PngSize(bytes));
    }

    [Fact]
    public void Png_is_not_blank()
    {
        using var bitmap = SkiaSharp.SKBitmap.Decode(ChartExporter.ToPng(PolicyComparisonChart.Create(ChartInputs.PolicyComparison())));

        var colours = new HashSet<SkiaSharp.SKColor>();
        for (var x = 0; x < bitmap.Width; x += 7)
        {
            for (var y = 0; y < bitmap.Height; y += 7)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 10, $"only {colours.Count} distinct colours: the chart did not render");
        Assert.Equal(SkiaSharp.SKColors.White, bitmap.GetPixel(2, 2));
    }

    [Fact]
    public void Export_leaves_no_temporary_files_and_overwrites()
    {
        var path = _temp.File("out.png");
        File.WriteAllText(path, "old");

        ChartExporter.ExportPng(TherapistCapacityChart.CreateBars(ChartInputs.Capacity()), path);

        Assert.Equal(["out.png"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
        Assert.Equal(_pngSignature, File.ReadAllBytes(path)[..8]);
    }

    [Fact]
    public void Failed_write_keeps_the_old_file_and_no_partial_one()
    {
        var path = _temp.File("report.html");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Export_creates_missing_directories()
    {
        var path = Path.Combine(_temp.Path, "a", "b", "chart.svg");

        ChartExporter.ExportSvg(TherapistCapacityChart.CreateScatter(ChartInputs.Capacity()), path);

        Assert.True(File.Exists(path));
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        // IHDR is always the first chunk: 8-byte signature, 4-byte length, "IHDR", then width and height.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
