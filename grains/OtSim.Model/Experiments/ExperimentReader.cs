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
        reader.RejectUnknown();
        if (factors.Count == 0 && lhs is null)
        {
            throw reader.Error("factors", "an experiment without factors or latinHypercube", "give at least one of them");
        }
        var spec = new ExperimentSpec(factors, lhs);
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
        long points = factors.Aggregate(1L, (n, f) => n * f.Levels.Count) * (lhs?.Samples ?? 1);
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
        double seed = reader.Number("seed", 0, 9_007_199_254_740_991, 1);
        if (seed != Math.Floor(seed))
        {
            throw reader.Error("seed", JsonFieldReader.Format(seed), "it must be a whole number");
        }
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
        reader.RejectUnknown();
        return new LatinHypercubeSpec(samples, (ulong)seed, ranges);
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
