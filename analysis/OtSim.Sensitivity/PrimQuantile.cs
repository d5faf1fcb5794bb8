namespace OtSim.Sensitivity;

/// <summary>
/// The quantile PRIM cuts at, as in sdtoolkit and EMA Workbench's <c>get_quantile</c>: at position (n − 1)q of the
/// sorted values, moved outwards past ties so that a cut always falls between two different values (the midpoint).
/// </summary>
public static class PrimQuantile
{
    /// <summary>The cut for quantile <paramref name="q"/> (0 &lt; q &lt; 1) of <paramref name="values"/>.</summary>
    public static double Of(IReadOnlyList<double> values, double q)
    {
        var data = values.Order().ToArray();
        double position = (data.Length - 1) * q;
        int lower = (int)Math.Floor(position);
        int higher = (int)Math.Ceiling(position);
        if (q > 0.5)
        {
            while (data[lower] == data[higher] && lower > 0)
            {
                lower--;
            }
        }
        else
        {
            while (data[lower] == data[higher] && higher < data.Length - 1)
            {
                higher++;
            }
        }
        return (data[lower] + data[higher]) / 2;
    }
}
