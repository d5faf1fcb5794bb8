using OtSim.Analysis.Charts;
using SkiaSharp;

namespace OtSim.Analysis.Tests.Export;

public sealed class FontAvailabilityTests
{
    [Fact]
    public void Chart_font_is_installed_for_headless_png_export()
    {
        using var typeface = SKTypeface.FromFamilyName(ChartStyle.FontFamily);

        // Skia silently substitutes another font (or none) when DejaVu is missing; on Debian install fonts-dejavu-core.
        Assert.True(
            typeface is not null && typeface.FamilyName == ChartStyle.FontFamily,
            $"'{ChartStyle.FontFamily}' not found by Skia (got '{typeface?.FamilyName}'); install fonts-dejavu-core");
    }
}
