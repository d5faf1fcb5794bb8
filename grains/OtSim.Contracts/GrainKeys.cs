using System.Globalization;

namespace OtSim.Contracts;

/// <summary>
/// Grain keys. Every key starts with the run id, so two runs never share grain state. Therapist grains are per
/// cell (they hold a cell's schedule until it is collected); classroom and student grains are reused across cells.
/// </summary>
public static class GrainKeys
{
    /// <summary>Key of a classroom grain.</summary>
    public static string Classroom(string runId, int classroomId) => string.Create(CultureInfo.InvariantCulture, $"{runId}/{classroomId}");

    /// <summary>Key of a student grain.</summary>
    public static string Student(string runId, long studentId) => string.Create(CultureInfo.InvariantCulture, $"{runId}/{studentId}");

    /// <summary>Key of a therapist grain for one cell.</summary>
    public static string Therapist(string runId, int policyIndex, int replication, int therapistId) =>
        string.Create(CultureInfo.InvariantCulture, $"{runId}/{policyIndex}/{replication}/{therapistId}");

    /// <summary>Splits a key into the run id and the rest (the run id itself holds no '/').</summary>
    public static (string RunId, string[] Parts) Parse(string key)
    {
        var parts = key.Split('/');
        return (parts[0], parts[1..]);
    }
}
