namespace OtSim.Model.Experiments;

/// <summary>
/// An experiment design over a base scenario: a full factorial over <see cref="Factors"/>, crossed with a Latin
/// hypercube sample over <see cref="LatinHypercube"/> ranges when both are given; or, alone, a global sensitivity
/// design (<see cref="Sobol"/> or <see cref="Morris"/>).
/// </summary>
/// <param name="Factors">Factors of the full factorial (may be empty).</param>
/// <param name="LatinHypercube">The Latin hypercube part, or null.</param>
/// <param name="Sobol">A Saltelli design for Sobol' indices, or null.</param>
/// <param name="Morris">A Morris trajectory design, or null.</param>
public sealed record ExperimentSpec(IReadOnlyList<FactorSpec> Factors, LatinHypercubeSpec? LatinHypercube, SobolSpec? Sobol = null, MorrisSpec? Morris = null)
{
    /// <summary>Factor names in column order: factorial factors, then the ranges of the sampled part.</summary>
    public IEnumerable<string> Names => Factors.Select(f => f.Name).Concat(Ranges.Select(r => r.Name));

    /// <summary>The sampled ranges: Latin hypercube, Sobol' or Morris (only one of them is given).</summary>
    public IReadOnlyList<RangeSpec> Ranges => LatinHypercube?.Ranges ?? Sobol?.Ranges ?? Morris?.Ranges ?? [];

    /// <summary>
    /// Whether every design point runs with the same replication seeds (common random numbers): true for the
    /// sensitivity designs, so differences between points come from the factors, not from different random draws.
    /// </summary>
    public bool CommonRandomNumbers => Sobol is not null || Morris is not null;
}

/// <summary>
/// Saltelli's design for Sobol' indices on a scrambled Sobol' sequence (<see cref="SaltelliDesign"/>): N(k + 2) design
/// points, or N(2k + 2) with second order.
/// </summary>
/// <param name="Samples">Base samples N, a power of two.</param>
/// <param name="Seed">Seed of the scramble.</param>
/// <param name="SecondOrder">Whether to add the rows for second-order indices.</param>
/// <param name="Ranges">The parameters and their ranges.</param>
public sealed record SobolSpec(int Samples, ulong Seed, bool SecondOrder, IReadOnlyList<RangeSpec> Ranges);

/// <summary>Morris's elementary-effects design (<see cref="MorrisDesign"/>): r(k + 1) design points.</summary>
/// <param name="Trajectories">Trajectories r.</param>
/// <param name="Levels">Grid levels p (even); the step is p / (2(p − 1)) of each range.</param>
/// <param name="Seed">Seed of the trajectories.</param>
/// <param name="Ranges">The parameters and their ranges.</param>
public sealed record MorrisSpec(int Trajectories, int Levels, ulong Seed, IReadOnlyList<RangeSpec> Ranges);

/// <summary>One factor of a full factorial.</summary>
/// <param name="Name">Name; its snake_case form is the output column.</param>
/// <param name="Path">Where the value goes in the scenario JSON, such as <c>policies[0].direct</c>.</param>
/// <param name="Levels">The levels as raw JSON values (numbers or text), in the order given.</param>
public sealed record FactorSpec(string Name, string Path, IReadOnlyList<string> Levels);

/// <summary>The Latin hypercube part of a design.</summary>
/// <param name="Samples">Number of design points (and of strata per range).</param>
/// <param name="Seed">Seed of the sample; the same seed gives the same points.</param>
/// <param name="Ranges">The sampled dimensions.</param>
public sealed record LatinHypercubeSpec(int Samples, ulong Seed, IReadOnlyList<RangeSpec> Ranges);

/// <summary>One sampled dimension (Latin hypercube, Sobol' or Morris): a number from [Min, Max].</summary>
/// <param name="Name">Name; its snake_case form is the output column.</param>
/// <param name="Path">Where the value goes in the scenario JSON.</param>
/// <param name="Min">Lower end.</param>
/// <param name="Max">Upper end.</param>
public sealed record RangeSpec(string Name, string Path, double Min, double Max);
