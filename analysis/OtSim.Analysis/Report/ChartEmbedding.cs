namespace OtSim.Analysis.Report;

/// <summary>How charts are placed inside the report file.</summary>
public enum ChartEmbedding
{
    /// <summary>Inline SVG: sharp at any projector resolution, text stays searchable.</summary>
    Svg,

    /// <summary>Base64 PNG: looks identical in every browser and email client.</summary>
    Png,
}
