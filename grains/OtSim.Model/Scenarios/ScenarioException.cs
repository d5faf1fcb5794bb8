namespace OtSim.Model.Scenarios;

/// <summary>
/// A scenario (or per-student plan file) that cannot be used. The message names the file, the field path,
/// the bad value and what is allowed, so that a user can fix it without reading code.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the error for one field.</summary>
    public ScenarioException(string file, string fieldPath, string badValue, string allowed)
        : base($"{file}: {fieldPath}: {badValue} is not allowed; {allowed}.")
    {
        File = file;
        FieldPath = fieldPath;
    }

    /// <summary>Creates an error about the file as a whole (missing, empty, malformed).</summary>
    public ScenarioException(string file, string problem)
        : base($"{file}: {problem}")
    {
        File = file;
        FieldPath = "";
    }

    /// <summary>The file the error is in.</summary>
    public string File { get; }

    /// <summary>The JSON path of the bad field, such as <c>staffing.therapists</c>; empty for whole-file errors.</summary>
    public string FieldPath { get; }
}
