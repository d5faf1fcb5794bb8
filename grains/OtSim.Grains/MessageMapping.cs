using OtSim.Contracts;
using OtSim.Model.Progress;
using OtSim.Model.Services;

namespace OtSim.Grains;

/// <summary>Converts between the pure model's types and the contracts' messages.</summary>
internal static class MessageMapping
{
    public static ServiceYearMessage ToMessage(this ServiceYear s) =>
        new(s.StudentId, s.Weekly, s.PrescribedDirect, s.PrescribedIntegrated, s.PrescribedConsult, s.SessionsMissedAbsent);

    public static ServiceYear ToModel(this ServiceYearMessage m) =>
        new(m.StudentId, m.Weekly, m.PrescribedDirect, m.PrescribedIntegrated, m.PrescribedConsult, m.SessionsMissedAbsent);

    public static StudentOutcomeMessage ToMessage(this StudentOutcome s) => new(
        s.StudentId, s.ClassroomId, s.SchoolId, s.TherapistId, (int)s.Band, s.Severity, s.Baseline,
        s.PrescribedDirect, s.PrescribedIntegrated, s.PrescribedConsult,
        s.DeliveredDirect, s.DeliveredIntegrated, s.DeliveredConsult,
        s.Collaboration, s.FidelityEnd, s.EndPerformance, s.Progress, s.GasLevel, s.GasTScore, s.GoalMet, s.AttendanceRate, s.SessionsMissedAbsent);

    public static WeekMessage ToMessage(this WeekRecord w) => new(
        w.StudentId, w.ClassroomId, w.Week, w.DirectMinutes, w.IntegratedMinutes, w.ConsultMinutes,
        w.EmbeddedPracticeMinutes, w.Fidelity, w.Performance);

    public static ClassroomResult ToMessage(this ClassroomYear year)
    {
        var students = new StudentOutcomeMessage[year.Students.Count];
        for (int i = 0; i < students.Length; i++)
        {
            students[i] = year.Students[i].ToMessage();
        }
        var weeks = new WeekMessage[year.Weeks.Count];
        for (int i = 0; i < weeks.Length; i++)
        {
            weeks[i] = year.Weeks[i].ToMessage();
        }
        return new ClassroomResult(year.ClassroomId, students, weeks);
    }
}
