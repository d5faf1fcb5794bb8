using OtSim.Analysis.Data;

namespace OtSim.Analysis.Tests.Data;

/// <summary>What users export loads, and cells that would give wrong answers are refused with file, column and row.</summary>
public sealed class TidyTableInputsTests
{
    private static string RFixture(string name) => Path.Combine(Support.SharedFixtures.R, name);

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Inf")]
    [InlineData("-Infinity")]
    [InlineData("NA")]
    public void NonFiniteAndMissingCellsAreRefusedNamingFileColumnRowAndLine(string cell)
    {
        var table = TidyTable.Parse($"id,progress\n1,2.5\n2,3\n3,{cell}\n4,1\n", "d.csv");

        var error = Assert.Throws<DataFormatException>(() => table.GetNumeric("progress"));

        Assert.StartsWith($"d.csv: column \"progress\", row 3: \"{cell}\" is a missing value", error.Message);
        Assert.Contains("line 4 of the file", error.Message);
        Assert.Equal(("progress", 3, cell), (error.Column, error.Row, error.Value));
    }

    [Fact]
    public void RWriteCsvWithRowNamesLoadsWithoutTheUnnamedColumn()
    {
        var table = TidyTable.Load(RFixture("r_export.csv"));

        Assert.True(table.RowNamesDropped);
        Assert.Equal(["minutes", "severity", "site", "classroom", "progress"], table.Columns);
        Assert.Equal(60, table.RowCount);
        Assert.Equal(155.3, table.GetNumeric("minutes")[0]);
        Assert.Equal("East", table.GetText("site")[0]);
        Assert.True(table.IsText("site"));
        Assert.False(table.IsText("minutes"));
    }

    [Fact]
    public void RWriteCsv2WithSemicolonsAndDecimalCommasLoadsWithTheEuropeanDialect()
    {
        var comma = TidyTable.Load(RFixture("r_export.csv"));
        var european = TidyTable.Load(RFixture("r_export2.csv"), CsvDialect.European, null);

        foreach (var column in new[] { "minutes", "severity", "progress" })
        {
            Assert.Equal(comma.GetNumeric(column), european.GetNumeric(column));
        }

        Assert.Equal(comma.GetText("site"), european.GetText("site"));
    }

    [Fact]
    public void ASemicolonFileReadAsCommasIsRefusedWithAHintAboutTheSeparator()
    {
        var error = Assert.Throws<DataFormatException>(() => TidyTable.Load(RFixture("r_export2.csv")));

        Assert.StartsWith("r_export2.csv: the header is one column", error.Message);
        Assert.Contains("--separator ';' --decimal-comma", error.Message);
    }

    [Fact]
    public void DecimalCommasWithoutTheFlagAreRefusedWithAHint()
    {
        var table = TidyTable.Load(RFixture("r_export2.csv"), new CsvDialect(';', false), null);

        var error = Assert.Throws<DataFormatException>(() => table.GetNumeric("minutes"));

        Assert.Contains("row 1: \"155,3\" is not a number (a decimal comma? add --decimal-comma", error.Message);
    }

    [Fact]
    public void QuotedNumbersAreNumbers()
    {
        var table = TidyTable.Parse("\"id\",\"x\"\n\"101\",\" 2.5\"\n\"102\",\"3\"\n", "q.csv");

        Assert.Equal([101.0, 102.0], table.GetNumeric("id"));
        Assert.Equal([2.5, 3.0], table.GetNumeric("x"));
    }

    [Fact]
    public void AColumnThatTurnsToTextLaterKeepsEveryCellAndReportsTheFirstNonNumber()
    {
        var table = TidyTable.Parse("x\n1\n2.50\nNA\nabc\n5\n", "t.csv");

        Assert.True(table.IsText("x"));
        Assert.Equal(["1", "2.5", "NA", "abc", "5"], table.GetText("x"));
        var error = Assert.Throws<DataFormatException>(() => table.GetNumeric("x"));
        Assert.Equal(3, error.Row);
    }

    [Fact]
    public void ColumnsNotKeptAreStillScreenedForPersonalDataFromTheSample()
    {
        var csv = "id,score,contact\n1,2,a@b.org\n2,3,c@d.org\n";
        var table = TidyTable.Read(new StringReader(csv), "p.csv", CsvDialect.Default, c => c != "contact");

        var finding = Assert.Single(PersonalDataGuard.Scan(table));
        Assert.Equal("contact", finding.Column);
        Assert.Throws<InvalidOperationException>(() => table.GetText("contact"));
        Assert.Equal([2.0, 3.0], table.GetNumeric("score"));
    }

    [Theory]
    [InlineData(",", ',')]
    [InlineData(";", ';')]
    [InlineData("tab", '\t')]
    [InlineData("|", '|')]
    public void SeparatorsAreReadAsTyped(string text, char expected) => Assert.Equal(expected, CsvDialect.ParseSeparator(text));

    [Fact]
    public void UnknownSeparatorIsRefused() => Assert.Throws<ArgumentException>(() => CsvDialect.ParseSeparator("x"));
}
