namespace OtSim.Model.Engine;

/// <summary>One unit of work: a policy (index into the scenario's policies) in one replication.</summary>
/// <param name="PolicyIndex">0-based index of the policy.</param>
/// <param name="Replication">1-based replication number.</param>
public readonly record struct SimulationCell(int PolicyIndex, int Replication);
