namespace OtSim.Analysis.Data;

/// <summary>Why a column was flagged as possible personal data. The offending values are never repeated here.</summary>
/// <param name="Column">The flagged column.</param>
/// <param name="Reason">What gave it away, in plain words, for example "header looks like a date of birth".</param>
/// <param name="FirstRow">For content matches, the 1-based data row of the first match; null for header matches.</param>
public sealed record PersonalDataFinding(string Column, string Reason, int? FirstRow = null)
{
    /// <summary>One line for a user-facing message.</summary>
    public override string ToString() =>
        FirstRow is { } row ? $"\"{Column}\": {Reason} (first at row {row})" : $"\"{Column}\": {Reason}";
}
