using System.Globalization;

namespace OtSim.Contracts;

/// <summary>
/// The key of a classroom grain: a classroom of one run. Classroom grains are reused across the run's cells and hold the
/// state of each cell in progress. The run id comes first, so two runs never share grain state.
/// </summary>
/// <param name="RunId">The run id (no '/').</param>
/// <param name="ClassroomId">The classroom.</param>
public readonly record struct ClassroomKey(string RunId, int ClassroomId)
{
    /// <summary>The grain's string key.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RunId}/{ClassroomId}");

    /// <summary>Reads a key written by <see cref="ToString"/>.</summary>
    public static ClassroomKey Parse(string key)
    {
        var parts = GrainKeyText.Split(key, 2);
        return new ClassroomKey(parts[0], GrainKeyText.Int(parts[1], key));
    }
}

/// <summary>The key of a therapist grain: one therapist in one cell (policy and replication) of a run.</summary>
/// <param name="RunId">The run id (no '/').</param>
/// <param name="PolicyIndex">0-based policy index.</param>
/// <param name="Replication">1-based replication.</param>
/// <param name="TherapistId">The therapist.</param>
public readonly record struct TherapistKey(string RunId, int PolicyIndex, int Replication, int TherapistId)
{
    /// <summary>The grain's string key.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RunId}/{PolicyIndex}/{Replication}/{TherapistId}");

    /// <summary>Reads a key written by <see cref="ToString"/>.</summary>
    public static TherapistKey Parse(string key)
    {
        var parts = GrainKeyText.Split(key, 4);
        return new TherapistKey(parts[0], GrainKeyText.Int(parts[1], key), GrainKeyText.Int(parts[2], key), GrainKeyText.Int(parts[3], key));
    }
}

/// <summary>Typed access to OtSim's grains by their key records.</summary>
public static class GrainKeys
{
    /// <summary>The classroom grain of <paramref name="key"/>.</summary>
    public static IClassroomGrain Classroom(this IGrainFactory grains, ClassroomKey key) => grains.GetGrain<IClassroomGrain>(key.ToString());

    /// <summary>The therapist grain of <paramref name="key"/>.</summary>
    public static ITherapistGrain Therapist(this IGrainFactory grains, TherapistKey key) => grains.GetGrain<ITherapistGrain>(key.ToString());
}

internal static class GrainKeyText
{
    public static string[] Split(string key, int parts)
    {
        var split = key.Split('/');
        return split.Length == parts ? split : throw new FormatException($"Grain key \"{key}\" has {split.Length} parts; expected {parts}.");
    }

    public static int Int(string part, string key) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"Grain key \"{key}\": \"{part}\" is not a number.");
}
