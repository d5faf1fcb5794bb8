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

/// <summary>
/// The key of a therapist grain: one therapist of a run. Like classroom grains, therapist grains are reused by every cell
/// of the run (one activation per therapist, not one per therapist and cell); the cell is named in each call.
/// </summary>
/// <param name="RunId">The run id (no '/').</param>
/// <param name="TherapistId">The therapist.</param>
public readonly record struct TherapistKey(string RunId, int TherapistId)
{
    /// <summary>The grain's string key.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RunId}/{TherapistId}");

    /// <summary>Reads a key written by <see cref="ToString"/>.</summary>
    public static TherapistKey Parse(string key)
    {
        var parts = GrainKeyText.Split(key, 2);
        return new TherapistKey(parts[0], GrainKeyText.Int(parts[1], key));
    }
}

/// <summary>Typed access to OtSim's grains by their key records.</summary>
/// <remarks>
/// Orleans' <c>GetGrain&lt;T&gt;(string)</c> resolves the interface's grain type by reflection on every call (measured:
/// about 9% of a cold run's busy time with one call per classroom per period), so the resolved types are kept per grain
/// factory and references are made from a <see cref="GrainId"/> directly.
/// </remarks>
public static class GrainKeys
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IGrainFactory, ResolvedTypes> Types = [];

    /// <summary>The classroom grain of <paramref name="key"/>.</summary>
    public static IClassroomGrain Classroom(this IGrainFactory grains, ClassroomKey key)
    {
        var (grain, contract) = TypesOf(grains).Classroom;
        return (IClassroomGrain)grains.GetGrain(GrainId.Create(grain, key.ToString()), contract);
    }

    /// <summary>The therapist grain of <paramref name="key"/>.</summary>
    public static ITherapistGrain Therapist(this IGrainFactory grains, TherapistKey key)
    {
        var (grain, contract) = TypesOf(grains).Therapist;
        return (ITherapistGrain)grains.GetGrain(GrainId.Create(grain, key.ToString()), contract);
    }

    /// <summary>The run grain of <paramref name="runId"/>.</summary>
    public static IRunGrain Run(this IGrainFactory grains, string runId)
    {
        var (grain, contract) = TypesOf(grains).Run;
        return (IRunGrain)grains.GetGrain(GrainId.Create(grain, runId), contract);
    }

    private static ResolvedTypes TypesOf(IGrainFactory grains) => Types.GetValue(grains, g => new ResolvedTypes(g));

    private sealed class ResolvedTypes(IGrainFactory grains)
    {
        public (GrainType Grain, GrainInterfaceType Interface) Classroom { get; } = Resolve(grains.GetGrain<IClassroomGrain>("-"));

        public (GrainType Grain, GrainInterfaceType Interface) Therapist { get; } = Resolve(grains.GetGrain<ITherapistGrain>("-"));

        public (GrainType Grain, GrainInterfaceType Interface) Run { get; } = Resolve(grains.GetGrain<IRunGrain>("-"));

        private static (GrainType, GrainInterfaceType) Resolve(IAddressable probe)
        {
            var reference = (GrainReference)probe;
            return (reference.GrainId.Type, reference.InterfaceType);
        }
    }
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
