namespace OtSim.Statistics.Tests;

/// <summary>
/// A fact that is reported as skipped (not passed) while an optional fixture file is absent, e.g. the simulator
/// export that make-fixtures.R copies from tests/fixtures-shared when the lead has produced it.
/// </summary>
public sealed class FixtureFactAttribute : FactAttribute
{
    public FixtureFactAttribute(string fixture)
    {
        if (!CsvTable.Exists(fixture))
        {
            Skip = $"Fixture '{fixture}' not present; run Fixtures/make-fixtures.R after tests/fixtures-shared/{fixture} exists.";
        }
    }
}
