using System.Globalization;

namespace OtSim.Statistics;

/// <summary>
/// A grouping factor for a random intercept: a name (as it would appear in <c>(1 | Name)</c>) and one label per
/// observation.
/// </summary>
/// <remarks>
/// Levels are identified by label equality (ordinal), exactly like an R factor. For classrooms nested in schools
/// the classroom labels must be unique across schools (e.g. <c>"s01-c2"</c>); if the same label is reused in
/// different schools the two factors are treated as crossed, as <c>lmer</c> would with <c>(1|school) + (1|class)</c>.
/// </remarks>
/// <param name="Name">Factor name, used for <see cref="RandomEffectVariance.Group"/>.</param>
/// <param name="Labels">Level label of each observation, in row order.</param>
public sealed record Grouping(string Name, IReadOnlyList<string> Labels)
{
    /// <summary>Creates a grouping from labels of any type, converted with the invariant culture.</summary>
    public static Grouping Of<T>(string name, IEnumerable<T> labels)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(labels);
        return new Grouping(name, labels.Select(l => Convert.ToString(l, CultureInfo.InvariantCulture) ?? string.Empty).ToArray());
    }

    /// <summary>Maps labels to dense integer codes 0..levels-1 in order of first appearance.</summary>
    internal (int[] Codes, int Levels) Encode()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[Labels.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            if (!map.TryGetValue(Labels[i], out int c))
            {
                c = map.Count;
                map.Add(Labels[i], c);
            }

            codes[i] = c;
        }

        return (codes, map.Count);
    }
}
