using OtSim.Analysis.Data;

namespace OtSim.Analysis.Tests.Data;

public sealed class FactorCodingTests
{
    [Fact]
    public void LevelsAreSortedAsRSortsThemInTheCLocaleAndTheFirstIsTheReference()
    {
        var rLevels = File.ReadAllLines(Path.Combine(Support.SharedFixtures.R, "factor_levels_C_locale.txt"));
        var values = TidyTable.Load(Path.Combine(Support.SharedFixtures.R, "r_export.csv")).GetText("site");

        var coded = FactorCoding.Encode("site", values);

        Assert.Equal(rLevels, coded.Levels);
        Assert.Equal(rLevels.Skip(1).Select(l => "site" + l), coded.Terms);
    }

    [Fact]
    public void DummiesAreOneWhereTheRowHasTheLevel()
    {
        var coded = FactorCoding.Encode("g", ["b", "a", "c", "b"]);

        Assert.Equal(["a", "b", "c"], coded.Levels);
        Assert.Equal(["gb", "gc"], coded.Terms);
        Assert.Equal([1.0, 0, 0, 1], coded.Dummies[0]);
        Assert.Equal([0.0, 0, 1, 0], coded.Dummies[1]);
        Assert.Equal("d$gb <- as.numeric(d$g == \"b\"); d$gc <- as.numeric(d$g == \"c\");", FactorCoding.RCode(coded));
    }

    [Fact]
    public void NamesThatAreNotValidInRAreMadeSyntacticAsMakeNamesDoes()
    {
        var coded = FactorCoding.Encode("region", ["North East", "Mid-West"]);

        Assert.Equal(["regionNorth.East"], coded.Terms);
    }
}
