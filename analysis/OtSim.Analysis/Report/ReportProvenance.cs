namespace OtSim.Analysis.Report;

/// <summary>Where the numbers in a report came from, so anyone can rerun them.</summary>
/// <param name="ScenarioName">Scenario that was simulated.</param>
/// <param name="Seed">Master random seed; null for data that did not come from a simulation.</param>
/// <param name="Replications">Number of replications per policy.</param>
/// <param name="ProgramVersion">OtSim version (or commit) that produced the data.</param>
/// <param name="Command">The exact command line that produced the report.</param>
/// <param name="GeneratedAt">
/// When the report was produced, shown in UTC; null leaves it out so reruns of the same run give identical files.
/// </param>
public sealed record ReportProvenance(
    string ScenarioName,
    long? Seed,
    int Replications,
    string ProgramVersion,
    string Command,
    DateTimeOffset? GeneratedAt);
