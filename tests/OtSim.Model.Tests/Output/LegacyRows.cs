using System.Globalization;
using OtSim.Model.Engine;
using OtSim.Model.Progress;

namespace OtSim.Model.Tests.Output;

/// <summary>
/// The row formatting of the hand-written writers that the Sep writers replaced (main before the change), kept verbatim
/// as the reference the new files must match byte for byte.
/// </summary>
internal static class LegacyRows
{
    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    public static string Student(StudentOutcome s, string policy, int replication, ulong seed) => string.Join(',',
        Integer(s.StudentId), Integer(s.ClassroomId), Integer(s.SchoolId), Integer(s.TherapistId),
        Text(policy), Integer(replication), seed.ToString(CultureInfo.InvariantCulture),
        Number(s.Severity), s.Band.ToString().ToLowerInvariant(), Number(s.Baseline),
        Number(s.PrescribedDirect), Number(s.PrescribedIntegrated), Number(s.PrescribedConsult), Number(s.PrescribedTotal),
        Number(s.DeliveredDirect), Number(s.DeliveredIntegrated), Number(s.DeliveredConsult), Number(s.DeliveredTotal),
        Number(s.Compliance), Number(s.Collaboration), Number(s.FidelityEnd), Number(s.EndPerformance),
        Number(s.Progress), s.GoalMet ? "1" : "0", Integer(s.GasLevel), Number(s.GasTScore),
        Number(s.AttendanceRate), Integer(s.SessionsMissedAbsent),
        // The caseload-churn columns came after the Sep writers; they follow main's columns unchanged.
        Integer(s.EntryWeek), s.ExitWeek is { } exit ? Integer(exit) : "", s.ExitReason == District.ExitReason.None ? "" : s.ExitReason.ToString().ToLowerInvariant());

    public static string Therapist(TherapistSummary t, string policy, int replication, ulong seed) => string.Join(',',
        Text(policy), Integer(replication), seed.ToString(CultureInfo.InvariantCulture),
        Integer(t.TherapistId), Number(t.Fte), Integer(t.Schools), Integer(t.Caseload),
        Number(t.CapacityMinutes), Number(t.DemandMinutes), Number(t.DeliveredMinutes),
        Number(t.CapacityMinutes > 0 ? Math.Min(1, t.TherapistMinutes / t.CapacityMinutes) : 0),
        Number(t.DemandMinutes > 0 ? t.DeliveredMinutes / t.DemandMinutes : 1),
        Number(t.TherapistMinutes), Integer(t.VacantWeeks), Number(t.CoveredMinutes), Integer(t.ContractWeeks), Number(t.ContractCost));

    public static string Week(in WeekRecord w, string policy, int replication, ulong seed) => string.Join(',',
        Text(policy), Integer(replication), seed.ToString(CultureInfo.InvariantCulture),
        Integer(w.StudentId), Integer(w.ClassroomId), Integer(w.Week),
        Number(w.DirectMinutes), Number(w.IntegratedMinutes), Number(w.ConsultMinutes),
        Number(w.EmbeddedPracticeMinutes), Number(w.Fidelity), Number(w.Performance));

    /// <summary>A cell's part text as RunPipeline built it: prefix + row + LF per row.</summary>
    public static string Part<T>(IEnumerable<T> rows, string prefix, Func<T, string> format) =>
        string.Concat(rows.Select(r => prefix + format(r) + "\n"));
}
