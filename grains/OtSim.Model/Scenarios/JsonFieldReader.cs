using System.Globalization;
using System.Text.Json;

namespace OtSim.Model.Scenarios;

/// <summary>
/// Reads fields of one JSON object while tracking the field path, so every error names the file, the path,
/// the bad value and what is allowed. Unknown fields are errors (a typo must not silently fall back to a default).
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly string _file;
    private readonly string _path;
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonFieldReader(string file, string path, JsonElement element)
    {
        _file = file;
        _path = path;
        _element = element;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException(file, PathOr("(top level)"), Describe(element), "it must be a JSON object { ... }");
        }
    }

    public string File => _file;

    public string Child(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    public bool Has(string name) => _element.TryGetProperty(name, out _);

    /// <summary>Whether the field is present and not JSON null (for optional fields where null means "not set").</summary>
    public bool HasValue(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind != System.Text.Json.JsonValueKind.Null;

    public JsonFieldReader Object(string name)
    {
        var value = Required(name);
        return new JsonFieldReader(_file, Child(name), value);
    }

    public JsonFieldReader? OptionalObject(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var value) ? new JsonFieldReader(_file, Child(name), value) : null;
    }

    public IEnumerable<(string Name, JsonElement Value)> Properties()
    {
        foreach (var property in _element.EnumerateObject())
        {
            _read.Add(property.Name);
            yield return (property.Name, property.Value);
        }
    }

    public JsonElement Required(string name)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new ScenarioException(_file, Child(name), "a missing value", "this field is required");
        }
        return value;
    }

    public string String(string name, string? fallback = null)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value))
        {
            return fallback ?? throw new ScenarioException(_file, Child(name), "a missing value", "this field is required (text)");
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new ScenarioException(_file, Child(name), Describe(value), "it must be non-empty text");
        }
        return value.GetString()!;
    }

    public double Number(string name, double min, double max, double? fallback = null) =>
        NumberAt(Child(name), Lookup(name, fallback is null), fallback, min, max);

    public int Integer(string name, int min, int max, int? fallback = null)
    {
        double value = NumberAt(Child(name), Lookup(name, fallback is null), fallback, min, max);
        if (value != Math.Floor(value))
        {
            throw new ScenarioException(_file, Child(name), Format(value), $"it must be a whole number from {min} to {max}");
        }
        return (int)value;
    }

    public double NumberAt(string path, JsonElement? element, double? fallback, double min, double max)
    {
        if (element is null)
        {
            return fallback!.Value;
        }
        var value = element.Value;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || !double.IsFinite(number))
        {
            throw new ScenarioException(_file, path, Describe(value), $"it must be a number from {Format(min)} to {Format(max)}");
        }
        if (number < min || number > max)
        {
            throw new ScenarioException(_file, path, Format(number), $"it must be from {Format(min)} to {Format(max)}");
        }
        return number;
    }

    public IReadOnlyList<int> IntegerList(string name, int min, int max)
    {
        _read.Add(name);
        if (!_element.TryGetProperty(name, out var value))
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioException(_file, Child(name), Describe(value), $"it must be a list of whole numbers from {min} to {max}, such as [10, 11]");
        }
        var list = new List<int>();
        int index = 0;
        foreach (var item in value.EnumerateArray())
        {
            string path = $"{Child(name)}[{index++}]";
            double number = NumberAt(path, item, null, min, max);
            if (number != Math.Floor(number))
            {
                throw new ScenarioException(_file, path, Format(number), $"it must be a whole number from {min} to {max}");
            }
            list.Add((int)number);
        }
        return list;
    }

    /// <summary>Fails on any field that was never asked for, listing the allowed names.</summary>
    public void RejectUnknown(params string[] allowed)
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name) && !allowed.Contains(property.Name))
            {
                var known = _read.Concat(allowed).Distinct().Order(StringComparer.Ordinal);
                throw new ScenarioException(_file, Child(property.Name), "an unknown field", $"allowed fields here are: {string.Join(", ", known)}");
            }
        }
    }

    public ScenarioException Error(string name, string badValue, string allowed) => new(_file, Child(name), badValue, allowed);

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.GetRawText(),
    };

    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private JsonElement? Lookup(string name, bool required)
    {
        _read.Add(name);
        if (_element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        if (required)
        {
            throw new ScenarioException(_file, Child(name), "a missing value", "this field is required (a number)");
        }
        return null;
    }

    private string PathOr(string fallback) => _path.Length == 0 ? fallback : _path;
}
