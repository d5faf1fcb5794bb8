using nietras.SeparatedValues;
using OtSim.Model.Services;

namespace OtSim.Model.Output;

/// <summary>The columns and rows of evaluations.csv: one row per referred student per policy per replication (weeks 1-based).</summary>
public static class EvaluationsCsv
{
    /// <summary>Column names.</summary>
    public static readonly string[] Columns =
    [
        "policy", "replication", "seed", "student_id", "classroom_id", "school_id", "therapist_id",
        "referral_week", "consent_week", "due_week", "completed_week", "on_time", "eligible",
    ];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>The rows of one cell, each ending in a line feed, after the same <paramref name="prefix"/> cells.</summary>
    public static string Rows(IReadOnlyList<EvaluationRecord> evaluations, string[] prefix, string policy, int replication, ulong seed, int weeks)
        => Csv.Written(target => WriteRows(target, evaluations, prefix, policy, replication, seed, weeks));

    /// <summary>
    /// Writes the rows of one cell to <paramref name="target"/> as UTF-8, each ending in a line feed, after the same
    /// <paramref name="prefix"/> cells; a large cell is formatted in chunks on several cores (see <see cref="CsvStream"/>).
    /// </summary>
    public static void WriteRows(Stream target, IReadOnlyList<EvaluationRecord> evaluations, string[] prefix, string policy, int replication, ulong seed, int weeks, int chunkRows = CsvStream.ChunkRows)
        => CsvStream.WriteRows(target, evaluations, (writer, e) => Write(writer, prefix, e, policy, replication, seed, weeks), chunkRows);

    /// <summary>
    /// Writes one row. <c>completed_week</c> and <c>eligible</c> are empty for an evaluation not completed in the year;
    /// <c>on_time</c> is 1 or 0, and empty when the evaluation was neither completed nor due within the year of <paramref name="weeks"/> weeks.
    /// </summary>
    public static void Write(SepWriter writer, ReadOnlySpan<string> prefix, EvaluationRecord e, string policy, int replication, ulong seed, int weeks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(e);
        using var row = writer.NewRow();
        int c = Csv.SetCells(row, prefix);
        row[c++].Set(policy);
        row[c++].Format(replication);
        row[c++].Format(seed);
        row[c++].Format(e.StudentId);
        row[c++].Format(e.ClassroomId);
        row[c++].Format(e.SchoolId);
        row[c++].Format(e.TherapistId);
        row[c++].Format(e.ReferralWeek);
        row[c++].Format(e.ConsentWeek);
        row[c++].Format(e.DueWeek);
        row[c++].Set(e.CompletedWeek is { } done ? done.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
        row[c++].Set(Flag(e.OnTime(weeks)));
        row[c].Set(Flag(e.Eligible));
    }

    private static string Flag(bool? value) => value is { } v ? (v ? "1" : "0") : "";
}
