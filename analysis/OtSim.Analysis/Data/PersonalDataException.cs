namespace OtSim.Analysis.Data;

/// <summary>A data file seems to contain personal data and the user has not explicitly allowed it.</summary>
public sealed class PersonalDataException : Exception
{
    /// <summary>Creates the exception from the guard's findings.</summary>
    public PersonalDataException(string message, IReadOnlyList<PersonalDataFinding> findings)
        : base(message)
    {
        Findings = findings;
    }

    /// <summary>The flagged columns and why.</summary>
    public IReadOnlyList<PersonalDataFinding> Findings { get; }
}
