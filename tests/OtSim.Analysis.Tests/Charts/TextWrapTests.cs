using OtSim.Analysis.Charts;

namespace OtSim.Analysis.Tests.Charts;

public sealed class TextWrapTests
{
    [Fact]
    public void Short_text_is_unchanged() => Assert.Equal("More minutes, more progress", TextWrap.Wrap("More minutes, more progress", 76));

    [Fact]
    public void Long_text_breaks_at_spaces_within_the_limit()
    {
        const string title = "Students whose teachers collaborated closely gained about 3 more points, regardless of how many minutes they received";

        var lines = TextWrap.Wrap(title, 76).Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= 76));
        Assert.Equal(title, string.Join(' ', lines));
    }

    [Fact]
    public void Existing_breaks_are_kept_and_long_words_stay_whole()
    {
        Assert.Equal("a\nb", TextWrap.Wrap("a\r\nb", 10));
        Assert.Equal("short\nsupercalifragilistic\nend", TextWrap.Wrap("short supercalifragilistic end", 10));
    }

    [Fact]
    public void Chart_titles_are_wrapped()
    {
        var model = ChartStyle.CreateModel(new string('x', 40) + " " + new string('y', 40), null);

        Assert.Equal(new string('x', 40) + "\n" + new string('y', 40), model.Title);
    }
}
