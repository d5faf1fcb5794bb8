using nietras.SeparatedValues;
using OtSim.Model.District;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Output;

/// <summary>The columns and rows of students.csv: one row per student per policy per replication.</summary>
public static class StudentsCsv
{
    /// <summary>Column names, snake_case, as R and pandas read them.</summary>
    public static readonly string[] Columns =
    [
        "student_id", "classroom_id", "school_id", "therapist_id", "policy", "replication", "seed",
        "severity", "severity_band", "baseline",
        "prescribed_direct_minutes", "prescribed_integrated_minutes", "prescribed_consult_minutes", "prescribed_total_minutes",
        "delivered_direct_minutes", "delivered_integrated_minutes", "delivered_consult_minutes", "delivered_total_minutes",
        "compliance", "collaboration", "fidelity_end", "end_performance", "progress", "goal_met", "gas_level", "gas_t_score",
        "attendance_rate", "sessions_missed_absent", "entry_week", "exit_week", "exit_reason",
    ];

    private static readonly string[] _exitReasons = ["", "moved", "dismissed"];

    private static readonly string[] _bandNames = Enum.GetValues<SeverityBand>().Select(b => b.ToString().ToLowerInvariant()).ToArray();

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>One row, without its line ending.</summary>
    public static string Row(StudentOutcome s, string policy, int replication, ulong seed) =>
        Csv.FormatRow(w => Write(w, [], s, policy, replication, seed));

    /// <summary>The rows of one cell, each ending in a line feed, after the same <paramref name="prefix"/> cells.</summary>
    public static string Rows(IReadOnlyList<StudentOutcome> students, string[] prefix, string policy, int replication, ulong seed)
        => Csv.Written(target => WriteRows(target, students, prefix, policy, replication, seed));

    /// <summary>
    /// Writes the rows of one cell to <paramref name="target"/> as UTF-8, each ending in a line feed, after the same
    /// <paramref name="prefix"/> cells; a large cell is formatted in chunks on several cores (see <see cref="CsvStream"/>).
    /// </summary>
    public static void WriteRows(Stream target, IReadOnlyList<StudentOutcome> students, string[] prefix, string policy, int replication, ulong seed, int chunkRows = CsvStream.ChunkRows)
        => CsvStream.WriteRows(target, students, (writer, s) => Write(writer, prefix, s, policy, replication, seed), chunkRows);

    /// <summary>Writes one row: the <paramref name="prefix"/> cells, then the student's columns.</summary>
    public static void Write(SepWriter writer, ReadOnlySpan<string> prefix, StudentOutcome s, string policy, int replication, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(s);
        using var row = writer.NewRow();
        int c = Csv.SetCells(row, prefix);

        row[c++].Format(s.StudentId);
        row[c++].Format(s.ClassroomId);
        row[c++].Format(s.SchoolId);
        row[c++].Format(s.TherapistId);
        row[c++].Set(policy);
        row[c++].Format(replication);
        row[c++].Format(seed);
        row[c++].SetNumber(s.Severity);
        row[c++].Set(_bandNames[(int)s.Band]);
        row[c++].SetNumber(s.Baseline);
        row[c++].SetNumber(s.PrescribedDirect);
        row[c++].SetNumber(s.PrescribedIntegrated);
        row[c++].SetNumber(s.PrescribedConsult);
        row[c++].SetNumber(s.PrescribedTotal);
        row[c++].SetNumber(s.DeliveredDirect);
        row[c++].SetNumber(s.DeliveredIntegrated);
        row[c++].SetNumber(s.DeliveredConsult);
        row[c++].SetNumber(s.DeliveredTotal);
        row[c++].SetNumber(s.Compliance);
        row[c++].SetNumber(s.Collaboration);
        row[c++].SetNumber(s.FidelityEnd);
        row[c++].SetNumber(s.EndPerformance);
        row[c++].SetNumber(s.Progress);
        row[c++].Set(s.GoalMet ? "1" : "0");
        row[c++].Format(s.GasLevel);
        row[c++].SetNumber(s.GasTScore);
        row[c++].SetNumber(s.AttendanceRate);
        row[c++].Format(s.SessionsMissedAbsent);
        row[c++].Format(s.EntryWeek);
        if (s.ExitWeek is { } exit)
        {
            row[c++].Format(exit);
        }
        else
        {
            row[c++].Set("");
        }
        row[c].Set(_exitReasons[(int)s.ExitReason]);
    }
}
