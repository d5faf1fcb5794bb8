namespace OtSim.Model.Experiments;

/// <summary>
/// An experiment design over a base scenario: a full factorial over <see cref="Factors"/>, crossed with a Latin
/// hypercube sample over <see cref="LatinHypercube"/> ranges when both are given.
/// </summary>
/// <param name="Factors">Factors of the full factorial (may be empty).</param>
/// <param name="LatinHypercube">The Latin hypercube part, or null.</param>
public sealed record ExperimentSpec(IReadOnlyList<FactorSpec> Factors, LatinHypercubeSpec? LatinHypercube)
{
    /// <summary>Factor names in column order: factorial factors, then Latin hypercube ranges.</summary>
    public IEnumerable<string> Names => Factors.Select(f => f.Name).Concat(LatinHypercube?.Ranges.Select(r => r.Name) ?? []);
}

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

/// <summary>One dimension of a Latin hypercube: a number drawn from [Min, Max).</summary>
/// <param name="Name">Name; its snake_case form is the output column.</param>
/// <param name="Path">Where the value goes in the scenario JSON.</param>
/// <param name="Min">Lower end.</param>
/// <param name="Max">Upper end.</param>
public sealed record RangeSpec(string Name, string Path, double Min, double Max);
