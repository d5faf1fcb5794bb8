using OtSim.Model.Progress;

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
        "attendance_rate", "sessions_missed_absent",
    ];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>One row.</summary>
    public static string Row(StudentOutcome s, string policy, int replication, ulong seed) => string.Join(',',
        Csv.Integer(s.StudentId), Csv.Integer(s.ClassroomId), Csv.Integer(s.SchoolId), Csv.Integer(s.TherapistId),
        Csv.Text(policy), Csv.Integer(replication), seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Csv.Number(s.Severity), s.Band.ToString().ToLowerInvariant(), Csv.Number(s.Baseline),
        Csv.Number(s.PrescribedDirect), Csv.Number(s.PrescribedIntegrated), Csv.Number(s.PrescribedConsult), Csv.Number(s.PrescribedTotal),
        Csv.Number(s.DeliveredDirect), Csv.Number(s.DeliveredIntegrated), Csv.Number(s.DeliveredConsult), Csv.Number(s.DeliveredTotal),
        Csv.Number(s.Compliance), Csv.Number(s.Collaboration), Csv.Number(s.FidelityEnd), Csv.Number(s.EndPerformance),
        Csv.Number(s.Progress), s.GoalMet ? "1" : "0", Csv.Integer(s.GasLevel), Csv.Number(s.GasTScore),
        Csv.Number(s.AttendanceRate), Csv.Integer(s.SessionsMissedAbsent));
}
