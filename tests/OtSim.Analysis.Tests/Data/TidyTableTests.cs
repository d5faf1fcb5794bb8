using OtSim.Analysis.Data;

namespace OtSim.Analysis.Tests.Data;

public sealed class TidyTableTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void Loads_header_and_rfc4180_quoting()
    {
        var table = TidyTable.Load(Fixture("students_small.csv"));

        Assert.Equal("students_small.csv", table.FileName);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(16, table.Columns.Count);
        var notes = table.GetText("note");
        Assert.Equal("plain, with comma", notes[0]);
        Assert.Equal("he said \"ok\"", notes[1]);
        Assert.Equal("two\nlines", notes[2]);
        Assert.Equal("", notes[3]);
        Assert.Equal([8.2, 11.9, 10.4, -1.5], table.GetNumeric("progress"));
    }

    [Fact]
    public void Bad_number_names_file_column_row_and_value()
    {
        var table = TidyTable.Load(Fixture("bad_minutes.csv"));

        var error = Assert.Throws<DataFormatException>(() => table.GetNumeric("minutes"));

        Assert.StartsWith("bad_minutes.csv: column \"minutes\", row 2: \"abc\" is not a number", error.Message);
        Assert.Equal(("bad_minutes.csv", "minutes", 2, "abc"), (error.FileName, error.Column, error.Row, error.Value));
    }

    [Fact]
    public void Row_number_counts_data_rows_even_after_multiline_quoted_cells()
    {
        var table = TidyTable.Parse("id,text,x\n1,\"a\nb\nc\",1\n2,ok,oops\n", "data.csv");

        var error = Assert.Throws<DataFormatException>(() => table.GetNumeric("x"));

        Assert.Equal("data.csv: column \"x\", row 2: \"oops\" is not a number (line 5 of the file)", error.Message);
    }

    [Fact]
    public void Missing_column_lists_available_columns()
    {
        var table = TidyTable.Parse("student_id,progress\ns1,2\n", "students.csv");

        var error = Assert.Throws<DataFormatException>(() => table.GetNumeric("minutes"));

        Assert.Contains("students.csv", error.Message);
        Assert.Contains("\"minutes\"", error.Message);
        Assert.Contains("student_id, progress", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    public void Missing_cells_are_errors_unless_allowed(string cell)
    {
        var table = TidyTable.Parse($"x\n1\n{(cell.Length == 0 ? "\"\"" : cell)}\n", "d.csv");

        Assert.Throws<DataFormatException>(() => table.GetNumeric("x"));
        var values = table.GetNumeric("x", allowMissing: true);
        Assert.True(double.IsNaN(values[1]));
    }

    [Fact]
    public void Ragged_row_is_reported_with_row_and_counts()
    {
        var error = Assert.Throws<DataFormatException>(() => TidyTable.Parse("a,b,c\n1,2,3\n4,5\n", "w.csv"));

        Assert.Contains("w.csv: row 2", error.Message);
        Assert.Contains("2 values but the header has 3 columns", error.Message);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a,,c\n1,2,3\n", "no name")]
    [InlineData("a,b,a\n1,2,3\n", "more than once")]
    [InlineData("a,b\n1,\"unterminated\n", "never closed")]
    public void Malformed_files_give_clear_errors(string csv, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => TidyTable.Parse(csv, "m.csv"));

        Assert.StartsWith("m.csv:", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Crlf_and_missing_final_newline_are_accepted()
    {
        var table = TidyTable.Parse("a,b\r\n1,2\r\n3,4", "c.csv");

        Assert.Equal(2, table.RowCount);
        Assert.Equal([2.0, 4.0], table.GetNumeric("b"));
    }

    [Fact]
    public void Numbers_use_invariant_culture_and_scientific_notation()
    {
        var table = TidyTable.Parse("x\n1.5\n-2e3\n 7 \n", "n.csv");

        Assert.Equal([1.5, -2000, 7], table.GetNumeric("x"));
    }

    [Fact]
    public void WithoutColumns_drops_only_the_named_columns()
    {
        var table = TidyTable.Parse("a,b,c\n1,2,3\n", "t.csv").WithoutColumns(["b"]);

        Assert.Equal(["a", "c"], table.Columns);
        Assert.False(table.HasColumn("b"));
        Assert.Equal([3.0], table.GetNumeric("c"));
    }

    [Fact]
    public void Synthetic_students_csv_round_trips()
    {
        var students = Support.SyntheticData.Students(perPolicy: 20);
        var table = TidyTable.Parse(Support.SyntheticData.StudentsCsv(students), "students.csv");

        Assert.Equal(students.Count, table.RowCount);
        Assert.Equal(students[5].Progress, table.GetNumeric("progress")[5], 2);
    }
}
