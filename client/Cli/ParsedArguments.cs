using System.Globalization;

namespace OtSim.Client.Cli;

/// <summary>
/// A small command-line parser: positional arguments, <c>--name value</c> options and <c>--flag</c> switches.
/// Each command declares which options take values and which are switches; anything else is an error.
/// </summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private ParsedArguments(List<string> positional) => Positional = positional;

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/>.</summary>
    public static ParsedArguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var positional = new List<string>();
        var parsed = new ParsedArguments(positional);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            string arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }
            string name = arg[2..];
            string? inline = null;
            int eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }
            if (flagOptions.Contains(name) && inline is null)
            {
                parsed._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                if (inline is null && !e.MoveNext())
                {
                    throw new UsageException($"--{name} needs a value.");
                }
                parsed._values[name] = inline ?? e.Current;
            }
            else
            {
                var known = valueOptions.Concat(flagOptions).Select(o => "--" + o);
                throw new UsageException($"Unknown option --{name}. Options here: {string.Join(", ", known)}.");
            }
        }
        return parsed;
    }

    /// <summary>
    /// The one positional argument, an existing file; otherwise a usage error ("<paramref name="command"/> needs exactly
    /// one <paramref name="what"/>" with the usage text, or "no such file").
    /// </summary>
    public string SingleExistingFile(string command, string what, string usage)
    {
        if (Positional.Count != 1)
        {
            throw new UsageException($"{command} needs exactly one {what}.\n{usage}");
        }

        string file = Positional[0];
        return File.Exists(file) ? file : throw new UsageException($"{file}: no such file.");
    }

    /// <summary>Whether a switch was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>An option's text, or null.</summary>
    public string? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>An option as a whole number in [min, max], or null when absent.</summary>
    public long? Integer(string name, long min, long max)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw new UsageException($"--{name}: \"{text}\" is not allowed; it must be a whole number from {min} to {max}.");
        }
        return value;
    }

    /// <summary>A finite number option from <paramref name="min"/> to <paramref name="max"/>, or null when not given.</summary>
    public double? Number(string name, double min, double max)
    {
        if (Value(name) is not { } text)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || value < min || value > max)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--{name}: \"{text}\" is not allowed; give a number from {min} to {max}."));
        }
        return value;
    }
}
