using nietras.SeparatedValues;
using OtSim.Model.Progress;

namespace OtSim.Model.Output;

/// <summary>The columns and rows of weeks.csv: one row per student per week per policy per replication.</summary>
public static class WeeksCsv
{
    /// <summary>Column names.</summary>
    public static readonly string[] Columns =
    [
        "policy", "replication", "seed", "student_id", "classroom_id", "week",
        "direct_minutes", "integrated_minutes", "consult_minutes", "embedded_practice_minutes", "fidelity", "performance",
    ];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>One row, without its line ending.</summary>
    public static string Row(in WeekRecord w, string policy, int replication, ulong seed)
    {
        var week = w;
        return Csv.FormatRow(writer => Write(writer, [], week, policy, replication, seed));
    }

    /// <summary>The rows of one cell, each ending in a line feed, after the same <paramref name="prefix"/> cells.</summary>
    public static string Rows(IReadOnlyList<WeekRecord> weeks, string[] prefix, string policy, int replication, ulong seed)
        => Csv.Written(target => WriteRows(target, weeks, prefix, policy, replication, seed));

    /// <summary>
    /// Writes the rows of one cell to <paramref name="target"/> as UTF-8, each ending in a line feed, after the same
    /// <paramref name="prefix"/> cells; a large cell is formatted in chunks on several cores (see <see cref="CsvStream"/>).
    /// </summary>
    public static void WriteRows(Stream target, IReadOnlyList<WeekRecord> weeks, string[] prefix, string policy, int replication, ulong seed, int chunkRows = CsvStream.ChunkRows)
        => CsvStream.WriteRows(target, weeks, (writer, w) => Write(writer, prefix, w, policy, replication, seed), chunkRows);

    /// <summary>Writes one row: the <paramref name="prefix"/> cells, then the week's columns (single-precision values widened to double, as before).</summary>
    public static void Write(SepWriter writer, ReadOnlySpan<string> prefix, in WeekRecord w, string policy, int replication, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var row = writer.NewRow();
        int c = Csv.SetCells(row, prefix);

        row[c++].Set(policy);
        row[c++].Format(replication);
        row[c++].Format(seed);
        row[c++].Format(w.StudentId);
        row[c++].Format(w.ClassroomId);
        row[c++].Format(w.Week);
        row[c++].SetNumber((double)w.DirectMinutes);
        row[c++].SetNumber((double)w.IntegratedMinutes);
        row[c++].SetNumber((double)w.ConsultMinutes);
        row[c++].SetNumber((double)w.EmbeddedPracticeMinutes);
        row[c++].SetNumber((double)w.Fidelity);
        row[c].SetNumber((double)w.Performance);
    }
}
