using OxyPlot;

namespace OtSim.Analysis.Charts;

/// <summary>
/// The Okabe-Ito colour-blind-safe palette, the single source of colour for every chart.
/// </summary>
public static class Palette
{
    /// <summary>Okabe-Ito black (#000000).</summary>
    public static readonly OxyColor Black = OxyColor.FromRgb(0x00, 0x00, 0x00);

    /// <summary>Okabe-Ito orange (#E69F00).</summary>
    public static readonly OxyColor Orange = OxyColor.FromRgb(0xE6, 0x9F, 0x00);

    /// <summary>Okabe-Ito sky blue (#56B4E9).</summary>
    public static readonly OxyColor SkyBlue = OxyColor.FromRgb(0x56, 0xB4, 0xE9);

    /// <summary>Okabe-Ito bluish green (#009E73).</summary>
    public static readonly OxyColor BluishGreen = OxyColor.FromRgb(0x00, 0x9E, 0x73);

    /// <summary>Okabe-Ito yellow (#F0E442).</summary>
    public static readonly OxyColor Yellow = OxyColor.FromRgb(0xF0, 0xE4, 0x42);

    /// <summary>Okabe-Ito blue (#0072B2).</summary>
    public static readonly OxyColor Blue = OxyColor.FromRgb(0x00, 0x72, 0xB2);

    /// <summary>Okabe-Ito vermillion (#D55E00).</summary>
    public static readonly OxyColor Vermillion = OxyColor.FromRgb(0xD5, 0x5E, 0x00);

    /// <summary>Okabe-Ito reddish purple (#CC79A7).</summary>
    public static readonly OxyColor ReddishPurple = OxyColor.FromRgb(0xCC, 0x79, 0xA7);

    /// <summary>Neutral dark grey for reference lines and text accents.</summary>
    public static readonly OxyColor Neutral = OxyColor.FromRgb(0x33, 0x33, 0x33);

    // Ordered for contrast on white: yellow and sky blue are weakest on a projector, so they come last.
    private static readonly OxyColor[] _series =
    [
        Blue, Orange, BluishGreen, Vermillion, ReddishPurple, SkyBlue, Black, Yellow,
    ];

    /// <summary>Colours used for groups (policies, bands) in order.</summary>
    public static IReadOnlyList<OxyColor> Series => _series;

    /// <summary>The colour for the group at <paramref name="index"/>, cycling when there are more groups than colours.</summary>
    public static OxyColor ForIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return _series[index % _series.Length];
    }

    // The shipped policies' names keep their colour in every chart, preset and report (and on the page: client/wwwroot/charts.js).
    private static readonly (string Prefix, int Index)[] _named =
    [
        ("blanket", 0), ("needs-based", 1), ("collaborative", 2), ("three-to-one", 3), ("consult", 4), ("per-student", 5),
    ];

    /// <summary>
    /// The preferred colour index of a group by its name: the shipped policy names (and names starting with them, such
    /// as blanket-30) have fixed colours; any other name gets one from a hash of its characters (FNV-1a), so the same
    /// name has the same colour wherever it appears.
    /// </summary>
    public static int IndexForName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (prefix, index) in _named)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return (int)(hash % (uint)_series.Length);
    }

    /// <summary>
    /// Colours for groups by name (<see cref="IndexForName"/>); when two groups of one chart want the same colour, the
    /// later one in <paramref name="names"/> takes the next free one.
    /// </summary>
    public static IReadOnlyList<OxyColor> ForNames(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var taken = new HashSet<int>();
        var result = new OxyColor[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            int index = IndexForName(names[i]);
            for (int step = 0; step < _series.Length && taken.Contains(index); step++)
            {
                index = (index + 1) % _series.Length;
            }
            taken.Add(index);
            result[i] = _series[index];
        }
        return result;
    }

    /// <summary>The same colour with the given opacity (0-255), for bands behind lines.</summary>
    public static OxyColor WithAlpha(OxyColor color, byte alpha) => OxyColor.FromAColor(alpha, color);

    /// <summary>A perceptually uniform, colour-blind-safe sequential palette for heatmaps (viridis).</summary>
    public static OxyPalette Sequential(int steps = 200) => OxyPalettes.Viridis(steps);
}
