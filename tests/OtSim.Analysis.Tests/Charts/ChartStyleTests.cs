using OtSim.Analysis.Charts;
using OxyPlot;

namespace OtSim.Analysis.Tests.Charts;

public sealed class ChartStyleTests
{
    [Fact]
    public void Palette_is_okabe_ito()
    {
        string[] expected = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"];

        Assert.Equal(expected, Palette.Series.Select(c => $"#{c.R:X2}{c.G:X2}{c.B:X2}"));
    }

    [Fact]
    public void Preferred_order_fixes_colours_even_when_a_group_is_absent()
    {
        var groups = ChartStyle.AssignGroupColors(["c", "zeta", "a"], ["a", "b", "c"]);

        Assert.Equal(["a", "c", "zeta"], groups.Select(g => g.Name));
        Assert.Equal([Palette.ForIndex(0), Palette.ForIndex(2), Palette.ForIndex(3)], groups.Select(g => g.Color));
    }

    [Fact]
    public void Without_order_groups_are_alphabetical()
    {
        var groups = ChartStyle.AssignGroupColors(["push_in", "pull_out", "push_in"], null);

        Assert.Equal(["pull_out", "push_in"], groups.Select(g => g.Name));
    }

    [Fact]
    public void Blank_title_is_rejected() =>
        Assert.Throws<ArgumentException>(() => ChartStyle.CreateModel(" ", null));

    [Fact]
    public void Palette_wraps_around_for_many_groups() =>
        Assert.Equal(Palette.ForIndex(0), Palette.ForIndex(Palette.Series.Count));

    [Fact]
    public void Model_uses_the_shared_font()
    {
        var model = ChartStyle.CreateModel("t", null);

        Assert.Equal(ChartStyle.FontFamily, model.DefaultFont);
        Assert.Equal(OxyColors.White, model.Background);
    }
}
