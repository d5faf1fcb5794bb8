namespace OtSim.Client.Running;

/// <summary>Options of one <c>run</c>.</summary>
/// <param name="OutputDirectory">Final results folder.</param>
/// <param name="Weeks">Write weeks.csv: true, false, or null for "when it is small enough".</param>
/// <param name="Overwrite">Replace an existing results folder (and discard an unfinished run in it).</param>
/// <param name="ShowProgress">Draw a progress bar on standard error.</param>
/// <param name="Parquet">Also write students.parquet: true, false, or null for "when students.csv is large".</param>
public sealed record RunOptions(string OutputDirectory, bool? Weeks, bool Overwrite, bool ShowProgress, bool? Parquet = null)
{
    /// <summary>Largest weeks.csv written without <c>--weeks</c> (rows).</summary>
    public const long AutomaticWeeksRowLimit = 2_000_000;
}
