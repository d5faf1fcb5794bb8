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
    public void A_policy_keeps_its_colour_by_name_whatever_the_order_or_the_other_groups()
    {
        var first = ChartStyle.AssignGroupColors(["collaborative", "blanket-30", "needs-based"], ["blanket-30", "collaborative", "needs-based"]);
        var second = ChartStyle.AssignGroupColors(["three-to-one", "collaborative"], ["collaborative", "three-to-one"]);

        Assert.Equal(["blanket-30", "collaborative", "needs-based"], first.Select(g => g.Name));
        Assert.Equal([Palette.Blue, Palette.BluishGreen, Palette.Orange], first.Select(g => g.Color));
        Assert.Equal(Palette.BluishGreen, second.Single(g => g.Name == "collaborative").Color);
        Assert.Equal(Palette.Vermillion, second.Single(g => g.Name == "three-to-one").Color);
    }

    [Fact]
    public void Other_names_get_a_stable_colour_and_never_share_one_in_a_chart()
    {
        string[] names = ["a", "b", "c", "d", "e", "f", "g", "h"];
        var colors = Palette.ForNames(names);

        Assert.Equal(names.Length, colors.Distinct().Count());
        Assert.Equal(Palette.ForNames(["c"])[0], Palette.Series[Palette.IndexForName("c")]);
        Assert.Equal(Palette.IndexForName("a-policy"), Palette.IndexForName("a-policy"));
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
