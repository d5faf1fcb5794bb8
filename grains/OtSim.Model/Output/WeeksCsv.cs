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

    /// <summary>One row.</summary>
    public static string Row(in WeekRecord w, string policy, int replication, ulong seed) => string.Join(',',
        Csv.Text(policy), Csv.Integer(replication), seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Csv.Integer(w.StudentId), Csv.Integer(w.ClassroomId), Csv.Integer(w.Week),
        Csv.Number(w.DirectMinutes), Csv.Number(w.IntegratedMinutes), Csv.Number(w.ConsultMinutes),
        Csv.Number(w.EmbeddedPracticeMinutes), Csv.Number(w.Fidelity), Csv.Number(w.Performance));
}
