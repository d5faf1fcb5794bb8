using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OtSim.Analysis.Report;

/// <summary>Makes an OxyPlot SVG safe to place, with others, inside one HTML page.</summary>
internal static partial class SvgInliner
{
    private static readonly XNamespace _xlink = "http://www.w3.org/1999/xlink";

    /// <summary>
    /// Prefixes every id (OxyPlot reuses "clipPath1" in each chart, and ids are page-wide in HTML, so a later
    /// chart would clip to an earlier chart's rectangle), adds a viewBox so CSS can scale it, and labels it.
    /// </summary>
    public static string Prepare(string svgFragment, string idPrefix, string accessibleName)
    {
        var root = XElement.Parse(svgFragment);
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                if (attribute.Name == "id")
                {
                    attribute.Value = idPrefix + attribute.Value;
                }
                else if (attribute.Name == "href" || attribute.Name == _xlink + "href")
                {
                    attribute.Value = attribute.Value.StartsWith('#') ? "#" + idPrefix + attribute.Value[1..] : attribute.Value;
                }
                else if (attribute.Value.Contains("url(#", StringComparison.Ordinal))
                {
                    attribute.Value = UrlReference().Replace(attribute.Value, m => $"url(#{idPrefix}{m.Groups[1].Value})");
                }
            }
        }

        var width = ParseLength(root.Attribute("width")?.Value);
        var height = ParseLength(root.Attribute("height")?.Value);
        if (root.Attribute("viewBox") is null && width > 0 && height > 0)
        {
            root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        }

        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", accessibleName);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static double ParseLength(string? value) =>
        double.TryParse(value?.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    [GeneratedRegex(@"url\(#([^)]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();
}
