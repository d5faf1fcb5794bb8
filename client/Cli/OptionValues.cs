using System.Globalization;

namespace OtSim.Client.Cli;

/// <summary>Checks option values given as text, with messages that name the option, the value and what is allowed.</summary>
public static class OptionValues
{
    /// <summary>A whole number in [min, max], or null when the option was not given.</summary>
    public static long? Integer(string name, string? text, long min, long max)
    {
        if (text is null)
        {
            return null;
        }
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--{name}: \"{text}\" is not allowed; it must be a whole number from {min} to {max}."));
        }
        return value;
    }
}
