using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>Column roles for analysing a user's own tidy CSV.</summary>
/// <param name="Outcome">Outcome column (numeric).</param>
/// <param name="Dose">Dose column (numeric), e.g. delivered minutes.</param>
/// <param name="Covariates">Adjustment covariates: numeric, or text (dummy-coded as R's lm does, see <see cref="FactorCoding"/>).</param>
/// <param name="Cluster">Cluster column (e.g. classroom): CR1 SEs and a random intercept; null for none.</param>
/// <param name="Group">Column whose groups are compared; null for none.</param>
/// <param name="AllowPersonalData">Proceed when columns look like personal data (they are still left out of outputs).</param>
/// <param name="Dialect">Separator and decimal mark of the file; null for comma and decimal point.</param>
public sealed record ExternalAnalysisOptions(
    string Outcome,
    string Dose,
    IReadOnlyList<string> Covariates,
    string? Cluster,
    string? Group,
    bool AllowPersonalData,
    CsvDialect? Dialect = null);
