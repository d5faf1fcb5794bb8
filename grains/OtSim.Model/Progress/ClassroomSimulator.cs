using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Outcomes;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;

namespace OtSim.Model.Progress;

/// <summary>
/// Simulates one classroom's year week by week: the teacher's implementation fidelity (raised by consultation and
/// push-in modelling, scaled by the teacher's collaboration, fading without them) and each student's performance,
/// driven by effective practice with diminishing returns within a week and less headroom near the ceiling.
/// The equations are written out in docs/MODEL.md.
/// </summary>
public static class ClassroomSimulator
{
    /// <summary>Simulates the year of <paramref name="classroomId"/> given the services its students received (seat order).</summary>
    public static ClassroomYear Simulate(
        Scenario scenario, int replication, int classroomId, IReadOnlyList<ServiceYear> services, int therapistId, bool includeWeeks)
    {
        var district = scenario.District;
        var p = scenario.Parameters;
        var calendar = new SchoolCalendar(scenario.Calendar);
        var layout = new DistrictLayout(district, scenario.Staffing);
        var students = ProfileGenerator.Classroom(district, scenario.Seed, replication, classroomId);
        if (services.Count != students.Length)
        {
            throw new ArgumentException($"Classroom {classroomId} has {students.Length} students but {services.Count} service records.");
        }
        int n = students.Length;
        double collaboration = ProfileGenerator.Collaboration(district, scenario.Seed, replication, classroomId);
        double fidelity = Math.Clamp(p.InitialFidelityBase + p.InitialFidelityPerCollaboration * collaboration, 0, 1);
        double share = PracticeModel.AttentionShare(n, p);
        double blockMinutes = district.RoutineBlockMinutes;
        double weeklyRoutine = district.RoutineBlocksPerWeek * blockMinutes;

        var performance = new double[n];
        var rate = new double[n];
        var noise = new StreamRandom[n];
        for (int i = 0; i < n; i++)
        {
            performance[i] = students[i].TrueBaseline;
            rate[i] = PracticeModel.LearningRate(students[i].Responsiveness, students[i].Severity, p);
            noise[i] = new StreamRandom(scenario.Seed, replication, students[i].StudentId, StreamPurpose.ProgressNoise);
        }
        var weeks = includeWeeks ? new List<WeekRecord>(n * calendar.Weeks) : null;

        for (int week = 0; week < calendar.Weeks; week++)
        {
            var kind = calendar.KindOf(week);
            if (kind == WeekKind.Holiday)
            {
                // No school: no practice and no coaching; fidelity holds, performance holds.
                RecordWeek(weeks, students, services, week, new double[n], fidelity, performance);
                continue;
            }
            double coachingMinutes = 0;
            for (int i = 0; i < n; i++)
            {
                coachingMinutes += PracticeModel.CoachingMinutes(services[i].Consult(week), services[i].Integrated(week), p);
            }
            fidelity = PracticeModel.NextFidelity(fidelity, collaboration, coachingMinutes, p);

            double routine = weeklyRoutine * (kind == WeekKind.Testing ? p.TestingWeekRoutineFactor : 1);
            var embeddedThisWeek = includeWeeks ? new double[n] : null;
            for (int i = 0; i < n; i++)
            {
                var service = services[i];
                double embedded = PracticeModel.EmbeddedPractice(routine, 1 - students[i].AbsenceRate, fidelity, share, p);
                double pullout = PracticeModel.PulloutPractice(service.Direct(week), p);
                double integrated = PracticeModel.IntegratedPractice(service.Integrated(week), service.IntegratedSessions(week), blockMinutes, p);
                double dose = PracticeModel.Dose(embedded + pullout + integrated, p);
                double headroom = PracticeModel.Headroom(performance[i], students[i].TrueBaseline);
                double gain = PracticeModel.ExpectedGain(rate[i], headroom, dose, p) + noise[i].NextNormal(0, p.ProgressNoiseSd);
                performance[i] = Math.Clamp(performance[i] + gain, 0, 100);
                if (embeddedThisWeek is not null)
                {
                    embeddedThisWeek[i] = embedded;
                }
            }
            RecordWeek(weeks, students, services, week, embeddedThisWeek, fidelity, performance);
        }

        var outcomes = new StudentOutcome[n];
        int schoolId = layout.SchoolOf(classroomId);
        for (int i = 0; i < n; i++)
        {
            outcomes[i] = Outcome(students[i], services[i], performance[i], scenario, replication, schoolId, therapistId, collaboration, fidelity);
        }
        return new ClassroomYear(classroomId, outcomes, (IReadOnlyList<WeekRecord>?)weeks ?? []);
    }

    private static StudentOutcome Outcome(
        in StudentProfile student, ServiceYear service, double truePerformance, Scenario scenario, int replication,
        int schoolId, int therapistId, double collaboration, double fidelity)
    {
        var p = scenario.Parameters;
        var rng = new StreamRandom(scenario.Seed, replication, student.StudentId, StreamPurpose.Measurement);
        double baseline = Math.Clamp(student.TrueBaseline + rng.NextNormal(0, p.MeasurementSd), 0, 100);
        double end = Math.Clamp(truePerformance + rng.NextNormal(0, p.MeasurementSd), 0, 100);
        double progress = end - baseline;
        var rater = new StreamRandom(scenario.Seed, replication, student.StudentId, StreamPurpose.GoalRating);
        double continuous = GoalAttainment.ContinuousLevel(progress, p.GoalGainPoints, rater.NextNormal(0, p.GasRaterNoiseT / 10.0));
        int level = GoalAttainment.Level(continuous);
        return new StudentOutcome(
            student.StudentId, student.ClassroomId, schoolId, therapistId, student.Band, student.Severity, baseline,
            service.PrescribedDirect, service.PrescribedIntegrated, service.PrescribedConsult,
            service.Delivered(0), service.Delivered(1), service.Delivered(2),
            collaboration, fidelity, end, progress, level, GoalAttainment.TScore([level], [1.0]), progress >= p.GoalGainPoints,
            1 - student.AbsenceRate, service.SessionsMissedAbsent);
    }

    private static void RecordWeek(
        List<WeekRecord>? weeks, StudentProfile[] students, IReadOnlyList<ServiceYear> services, int week,
        double[]? embedded, double fidelity, double[] performance)
    {
        if (weeks is null)
        {
            return;
        }
        for (int i = 0; i < students.Length; i++)
        {
            var s = services[i];
            weeks.Add(new WeekRecord(
                students[i].StudentId, students[i].ClassroomId, week + 1, s.Direct(week), s.Integrated(week), s.Consult(week),
                (float)(embedded?[i] ?? 0), (float)fidelity, (float)performance[i]));
        }
    }
}
