namespace OtSim.Contracts;

/// <summary>Which cell of a run to simulate: a policy in one replication.</summary>
/// <param name="PolicyIndex">0-based index of the policy in the scenario.</param>
/// <param name="Replication">1-based replication.</param>
/// <param name="IncludeWeeks">Whether to return weekly trajectories.</param>
[GenerateSerializer, Immutable]
public sealed record CellRequest(
    [property: Id(0)] int PolicyIndex,
    [property: Id(1)] int Replication,
    [property: Id(2)] bool IncludeWeeks);
