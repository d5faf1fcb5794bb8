using System.Reflection;

namespace OtSim.Client;

/// <summary>The program's name and version, recorded in every output for provenance.</summary>
public static class ProgramInfo
{
    /// <summary>The informational version of this build.</summary>
    public static string Version { get; } =
        typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
