using System.Text.Json;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Experiments;

/// <summary>Reads the optional <c>experiment</c> object of a scenario (the values are checked later, per design point).</summary>
internal static class ExperimentReader
{
    /// <summary>Most design points in one experiment.</summary>
    public const int MaxDesignPoints = 100_000;

    public static ExperimentSpec? Read(JsonFieldReader? reader)
    {
        if (reader is null)
        {
            return null;
        }
        var factors = new List<FactorSpec>();
        foreach (var (item, path) in Items(reader, "factors"))
        {
            factors.Add(ReadFactor(new JsonFieldReader(reader.File, path, item)));
        }
        var lhsReader = reader.OptionalObject("latinHypercube");
        LatinHypercubeSpec? lhs = lhsReader is null ? null : ReadLatinHypercube(lhsReader);
        var sobolReader = reader.OptionalObject("sobol");
        SobolSpec? sobol = sobolReader is null ? null : ReadSobol(sobolReader);
        var morrisReader = reader.OptionalObject("morris");
        MorrisSpec? morris = morrisReader is null ? null : ReadMorris(morrisReader);
        reader.RejectUnknown();
        if (sobol is not null || morris is not null)
        {
            if (factors.Count > 0 || lhs is not null || (sobol is not null && morris is not null))
            {
                throw reader.Error(sobol is not null ? "sobol" : "morris", "a sensitivity design combined with another design",
                    "sobol and morris stand alone: their analysis needs exactly their own rows, so give no factors, latinHypercube or second design");
            }
        }
        else if (factors.Count == 0 && lhs is null)
        {
            throw reader.Error("factors", "an experiment without factors, latinHypercube, sobol or morris", "give at least one of them");
        }
        var spec = new ExperimentSpec(factors, lhs, sobol, morris);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in spec.Names)
        {
            string column = ExperimentDesign.ColumnName(name);
            if (column.Length == 0 || !columns.Add(column) || ExperimentDesign.ReservedColumns.Contains(column))
            {
                throw reader.Error("factors", $"the name \"{name}\" (column {column})",
                    $"factor and range names must give distinct columns that are not already output columns ({string.Join(", ", ExperimentDesign.ReservedColumns)})");
            }
        }
        long points = sobol is not null ? (long)sobol.Samples * SaltelliDesign.RowsPerSample(sobol.Ranges.Count, sobol.SecondOrder)
            : morris is not null ? (long)morris.Trajectories * (morris.Ranges.Count + 1)
            : factors.Aggregate(1L, (n, f) => n * f.Levels.Count) * (lhs?.Samples ?? 1);
        if (points > MaxDesignPoints)
        {
            throw reader.Error("factors", $"{points:N0} design points", $"an experiment may have at most {MaxDesignPoints:N0}");
        }
        return spec;
    }

    private static FactorSpec ReadFactor(JsonFieldReader reader)
    {
        string name = reader.String("name");
        string path = ReadPath(reader);
        var levels = new List<string>();
        foreach (var (item, itemPath) in Items(reader, "levels"))
        {
            if (item.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.True or JsonValueKind.False))
            {
                throw new ScenarioException(reader.File, itemPath, JsonFieldReader.Describe(item), "a level must be a number, text, true or false");
            }
            levels.Add(item.GetRawText());
        }
        reader.RejectUnknown();
        return new FactorSpec(name, path, levels);
    }

    private static LatinHypercubeSpec ReadLatinHypercube(JsonFieldReader reader)
    {
        int samples = reader.Integer("samples", 1, MaxDesignPoints);
        ulong seed = ReadSeed(reader);
        var ranges = ReadRanges(reader);
        reader.RejectUnknown();
        return new LatinHypercubeSpec(samples, seed, ranges);
    }

    private static SobolSpec ReadSobol(JsonFieldReader reader)
    {
        int samples = reader.Integer("samples", 2, MaxDesignPoints);
        ulong seed = ReadSeed(reader);
        bool second = false;
        if (reader.Has("secondOrder"))
        {
            var value = reader.Required("secondOrder");
            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw reader.Error("secondOrder", JsonFieldReader.Describe(value), "it must be true or false");
            }
            second = value.GetBoolean();
        }
        else
        {
            reader.OptionalObject("secondOrder"); // marks the optional field as known
        }
        var ranges = ReadRanges(reader);
        reader.RejectUnknown();
        if (SaltelliDesign.Problem(samples, ranges.Count) is { } problem)
        {
            bool count = ranges.Count is >= 1 && ranges.Count <= SaltelliDesign.MaxFactors;
            throw reader.Error(count ? "samples" : "ranges", count ? samples.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{ranges.Count} ranges", problem);
        }
        return new SobolSpec(samples, seed, second, ranges);
    }

    private static MorrisSpec ReadMorris(JsonFieldReader reader)
    {
        int trajectories = reader.Integer("trajectories", 2, MaxDesignPoints);
        int levels = reader.Integer("levels", 2, 100, 4);
        ulong seed = ReadSeed(reader);
        var ranges = ReadRanges(reader);
        reader.RejectUnknown();
        if (MorrisDesign.Problem(trajectories, ranges.Count, levels) is { } problem)
        {
            throw reader.Error("levels", levels.ToString(System.Globalization.CultureInfo.InvariantCulture), problem);
        }
        return new MorrisSpec(trajectories, levels, seed, ranges);
    }

    private static ulong ReadSeed(JsonFieldReader reader)
    {
        double seed = reader.Number("seed", 0, 9_007_199_254_740_991, 1);
        if (seed != Math.Floor(seed))
        {
            throw reader.Error("seed", JsonFieldReader.Format(seed), "it must be a whole number");
        }
        return (ulong)seed;
    }

    private static List<RangeSpec> ReadRanges(JsonFieldReader reader)
    {
        var ranges = new List<RangeSpec>();
        foreach (var (item, path) in Items(reader, "ranges"))
        {
            var range = new JsonFieldReader(reader.File, path, item);
            string name = range.String("name");
            string target = ReadPath(range);
            double min = range.Number("min", double.MinValue, double.MaxValue);
            double max = range.Number("max", double.MinValue, double.MaxValue);
            if (!(max > min))
            {
                throw range.Error("max", JsonFieldReader.Format(max), $"it must be greater than min ({JsonFieldReader.Format(min)})");
            }
            range.RejectUnknown();
            ranges.Add(new RangeSpec(name, target, min, max));
        }
        return ranges;
    }

    private static string ReadPath(JsonFieldReader reader)
    {
        string path = reader.String("path");
        string first = ScenarioPaths.Parse(path, reader.File, reader.Child("path"))[0].Name ?? "";
        if (first is "name" or "experiment" or "seed" or "replications" or "$schema" or "otsimVersion")
        {
            throw reader.Error("path", $"\"{path}\"", "an experiment cannot vary the name, seed, replications or experiment itself");
        }
        return path;
    }

    /// <summary>The items of a required non-empty list field, with their paths.</summary>
    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonFieldReader reader, string name)
    {
        if (name == "factors" && !reader.Has(name))
        {
            reader.OptionalObject(name); // marks it as known; the factorial part is optional
            yield break;
        }
        var array = reader.Required(name);
        string path = reader.Child(name);
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            throw new ScenarioException(reader.File, path, JsonFieldReader.Describe(array), "it must be a non-empty list");
        }
        int index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, $"{path}[{index++}]");
        }
    }
}
