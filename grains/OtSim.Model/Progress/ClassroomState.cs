using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Outcomes;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;

namespace OtSim.Model.Progress;

/// <summary>
/// One classroom in one cell, as state that advances one week at a time given that week's services: the teacher's
/// implementation fidelity (raised by consultation and push-in modelling, scaled by the teacher's collaboration, fading
/// without them) and each student's performance, driven by effective practice with diminishing returns within a week and
/// less headroom near the ceiling. The equations are written out in docs/MODEL.md. After each review period it reports
/// what a therapist would observe: a progress-monitoring data point in the collection weeks of the scenario's
/// <see cref="MonitoringSpec"/> (true performance plus measurement noise) and the days each student was present.
/// </summary>
public sealed class ClassroomState
{
    private readonly Scenario _scenario;
    private readonly int _replication;
    private readonly SchoolCalendar _calendar;
    private readonly StudentProfile[] _students;
    private readonly double _collaboration;
    private readonly double _share;
    private readonly double[] _performance;
    private readonly double[] _rate;
    private readonly double[] _allPresent;
    private readonly StreamRandom[] _noise;
    private readonly StreamRandom[] _probeNoise;
    private readonly StreamRandom[] _presence;
    private readonly Enrollment[] _enrollment;
    private readonly double[] _entryPerformance;
    private readonly double[] _delivered;
    private readonly StudentServices[] _latest;
    private readonly List<WeekRecord>? _weeks;
    private readonly MonitoringSpec _monitoring;
    private double _fidelity;
    private int _nextWeek;

    /// <summary>Draws the classroom at the start of the year.</summary>
    public ClassroomState(Scenario scenario, int replication, int classroomId, int therapistId, bool includeWeeks)
    {
        _scenario = scenario;
        _replication = replication;
        ClassroomId = classroomId;
        TherapistId = therapistId;
        var p = scenario.Parameters;
        _calendar = new SchoolCalendar(scenario.Calendar);
        var roster = CaseloadRoster.Build(scenario, replication, classroomId, classroomId, _calendar);
        _students = roster.Students;
        _enrollment = roster.Enrollment;
        int n = _students.Length;
        _collaboration = ProfileGenerator.Collaboration(scenario.District, scenario.Seed, replication, classroomId);
        _fidelity = Math.Clamp(p.InitialFidelityBase + p.InitialFidelityPerCollaboration * _collaboration, 0, 1);
        // Students referred during the year are counted once on the caseload no more than the students who left are.
        _share = PracticeModel.AttentionShare(scenario.District.StudentsPerClassroom, scenario.District.ClassSize, p);
        _performance = new double[n];
        _rate = new double[n];
        _allPresent = new double[n];
        _noise = new StreamRandom[n];
        _probeNoise = new StreamRandom[n];
        _presence = new StreamRandom[n];
        _entryPerformance = new double[n];
        for (int i = 0; i < n; i++)
        {
            var s = _students[i];
            _performance[i] = s.TrueBaseline;
            _rate[i] = PracticeModel.LearningRate(s.Responsiveness, s.Severity, p);
            _allPresent[i] = Math.Pow(1 - s.AbsenceRate, 5);
            _noise[i] = new StreamRandom(scenario.Seed, replication, s.StudentId, StreamPurpose.ProgressNoise);
            _probeNoise[i] = new StreamRandom(scenario.Seed, replication, s.StudentId, StreamPurpose.ProgressMonitoring);
            _presence[i] = new StreamRandom(scenario.Seed, replication, s.StudentId, StreamPurpose.ClassAttendance);
        }
        _delivered = new double[n * 3];
        _latest = new StudentServices[n];
        _weeks = includeWeeks ? new List<WeekRecord>(n * _calendar.Weeks) : null;
        _monitoring = scenario.Monitoring ?? MonitoringSpec.Default;
    }

    /// <summary>Classroom id.</summary>
    public int ClassroomId { get; }

    /// <summary>The therapist serving the classroom.</summary>
    public int TherapistId { get; }

    /// <summary>The 0-based calendar week the classroom will simulate next.</summary>
    public int NextWeek => _nextWeek;

    /// <summary>Each student's true performance so far, in seat order.</summary>
    public IReadOnlyList<double> Performance => _performance;

    /// <summary>Advances through one review period of services and returns the period's observations, and the year's outcomes after the last period.</summary>
    public ClassroomReport Step(ClassroomServices services)
    {
        var observations = Advance(services);
        return new ClassroomReport(observations, services.Period.IsLast ? Finish() : null);
    }

    /// <summary>Advances through the weeks of one review period given its services (seat order).</summary>
    public ClassroomObservations Advance(ClassroomServices services)
    {
        var period = services.Period;
        int n = _students.Length;
        if (services.ClassroomId != ClassroomId || services.Students.Length != n)
        {
            throw new ArgumentException($"Classroom {ClassroomId} has {n} students but got {services.Students.Length} service records for classroom {services.ClassroomId}.", nameof(services));
        }
        if (period.FirstWeek != _nextWeek)
        {
            throw new InvalidOperationException($"Classroom {ClassroomId} is at week {_nextWeek + 1} but was sent the services of weeks {period.FirstWeek + 1}-{period.EndWeek}.");
        }
        LearnEntries(services.Students);
        var probeWeeks = new List<int>();
        for (int week = period.FirstWeek; week < period.EndWeek; week++)
        {
            int school = _calendar.SchoolWeekIndex(week);
            if (_monitoring.IsCollectionWeek(school))
            {
                probeWeeks.Add(week);
            }
        }
        var daysPresent = new int[n];
        var probes = new float[n * probeWeeks.Count];
        int schoolDays = 0, probe = 0;
        for (int week = period.FirstWeek; week < period.EndWeek; week++)
        {
            int offset = (week - period.FirstWeek) * ServiceYear.Stride;
            SimulateWeek(week, services.Students, offset);
            if (_calendar.KindOf(week) == WeekKind.Holiday)
            {
                continue;
            }
            schoolDays += 5;
            bool collect = probe < probeWeeks.Count && probeWeeks[probe] == week;
            double probeSd = _monitoring.NoiseSd(_scenario.Parameters.MeasurementSd, _scenario.District.RoutineBlocksPerWeek > 0);
            for (int i = 0; i < n; i++)
            {
                if (!_enrollment[i].OnCaseload(week))
                {
                    // Not on the caseload (not yet eligible, or moved away): not seen, no data point.
                    if (collect)
                    {
                        probes[i * probeWeeks.Count + probe] = float.NaN;
                    }
                    continue;
                }
                daysPresent[i] += 5 - DaysAbsent(ref _presence[i], _students[i].AbsenceRate, _allPresent[i]);
                if (collect)
                {
                    probes[i * probeWeeks.Count + probe] = (float)Math.Clamp(_performance[i] + _probeNoise[i].NextNormal(0, probeSd), 0, 100);
                }
            }
            probe += collect ? 1 : 0;
        }
        for (int i = 0; i < n; i++)
        {
            _latest[i] = services.Students[i];
        }
        _nextWeek = period.EndWeek;
        return new ClassroomObservations(ClassroomId, period, schoolDays, daysPresent, probeWeeks.ToArray(), probes);
    }

    // The therapist's services say when a referred student found eligible joins the caseload.
    private void LearnEntries(StudentServices[] services)
    {
        for (int i = 0; i < _enrollment.Length; i++)
        {
            _enrollment[i] = _enrollment[i] with { EntryWeek = services[i].EntryWeek };
        }
    }

    /// <summary>The year's outcomes (and weekly records, if kept), once every week has been simulated.</summary>
    public ClassroomYear Finish()
    {
        if (_nextWeek != _calendar.Weeks)
        {
            throw new InvalidOperationException($"Classroom {ClassroomId} has simulated {_nextWeek} of {_calendar.Weeks} weeks; the year is not over.");
        }
        var layout = new DistrictLayout(_scenario.District, _scenario.Staffing);
        int schoolId = layout.SchoolOf(ClassroomId);
        var outcomes = new List<StudentOutcome>(_students.Length);
        for (int i = 0; i < _students.Length; i++)
        {
            // Referred students never found eligible in the year were never on the caseload.
            if (_enrollment[i].EntryWeek < _calendar.Weeks)
            {
                outcomes.Add(Outcome(i, schoolId));
            }
        }
        return new ClassroomYear(ClassroomId, outcomes.ToArray(), (IReadOnlyList<WeekRecord>?)_weeks ?? []);
    }

    private void SimulateWeek(int week, StudentServices[] services, int offset)
    {
        int n = _students.Length;
        var p = _scenario.Parameters;
        for (int i = 0; i < n; i++)
        {
            if (week == _enrollment[i].EntryWeek)
            {
                // A referred student's baseline is measured on entry to the caseload.
                _entryPerformance[i] = _performance[i];
            }
        }
        for (int i = 0; i < n; i++)
        {
            var weekly = services[i].Weekly.Span;
            _delivered[i * 3] += weekly[offset];
            _delivered[i * 3 + 1] += weekly[offset + 1];
            _delivered[i * 3 + 2] += weekly[offset + 2];
        }
        var kind = _calendar.KindOf(week);
        if (kind == WeekKind.Holiday)
        {
            // No school: no practice and no coaching; fidelity holds, performance holds.
            RecordWeek(services, offset, week, null);
            return;
        }
        double coachingMinutes = 0;
        for (int i = 0; i < n; i++)
        {
            var weekly = services[i].Weekly.Span;
            coachingMinutes += PracticeModel.CoachingMinutes(weekly[offset + 2], weekly[offset + 1], p);
        }
        _fidelity = PracticeModel.NextFidelity(_fidelity, _collaboration, PracticeModel.CoachingMinutesPerStudent(coachingMinutes, n), p);

        double blockMinutes = _scenario.District.RoutineBlockMinutes;
        double routine = _scenario.District.RoutineBlocksPerWeek * blockMinutes * (kind == WeekKind.Testing ? p.TestingWeekRoutineFactor : 1);
        var embeddedThisWeek = _weeks is not null ? new double[n] : null;
        for (int i = 0; i < n; i++)
        {
            if (week >= _enrollment[i].ExitWeek)
            {
                // Moved away: performance stays where it was when the student left.
                continue;
            }
            var weekly = services[i].Weekly.Span;
            double missed = PracticeModel.RoutineMinutesMissedByPullout(weekly[offset], routine, p);
            double overlap = PracticeModel.PushInRoutineOverlap(weekly[offset + 1], weekly[offset + 3], blockMinutes, routine);
            double withTeacher = PracticeModel.TeacherRoutineMinutes(routine, 1 - _students[i].AbsenceRate, missed, overlap);
            double embedded = PracticeModel.EmbeddedPractice(withTeacher, _fidelity, _share, p);
            double pullout = PracticeModel.PulloutPractice(weekly[offset], p);
            double integrated = PracticeModel.IntegratedPractice(overlap, p);
            double dose = PracticeModel.Dose(embedded + pullout + integrated, p);
            double headroom = PracticeModel.Headroom(_performance[i], _students[i].TrueBaseline);
            double gain = PracticeModel.ExpectedGain(_rate[i], headroom, dose, p) + _noise[i].NextNormal(0, p.ProgressNoiseSd);
            _performance[i] = Math.Clamp(_performance[i] + gain, 0, 100);
            if (embeddedThisWeek is not null)
            {
                embeddedThisWeek[i] = embedded;
            }
        }
        RecordWeek(services, offset, week, embeddedThisWeek);
    }

    // Days absent in a school week, Binomial(5, absence rate), by inversion of one uniform draw.
    private static int DaysAbsent(ref StreamRandom rng, double absence, double allPresent)
    {
        double u = rng.NextDouble();
        double pmf = allPresent, cumulative = allPresent;
        double odds = absence / (1 - absence);
        int k = 0;
        while (u >= cumulative && k < 5)
        {
            pmf *= (5 - k) / (k + 1.0) * odds;
            k++;
            cumulative += pmf;
        }
        return k;
    }

    private StudentOutcome Outcome(int i, int schoolId)
    {
        var student = _students[i];
        var service = _latest[i];
        var p = _scenario.Parameters;
        var rng = new StreamRandom(_scenario.Seed, _replication, student.StudentId, StreamPurpose.Measurement);
        double trueBaseline = _enrollment[i].EntryWeek > 0 ? _entryPerformance[i] : student.TrueBaseline;
        double baseline = Math.Clamp(trueBaseline + rng.NextNormal(0, p.MeasurementSd), 0, 100);
        double end = Math.Clamp(_performance[i] + rng.NextNormal(0, p.MeasurementSd), 0, 100);
        double progress = end - baseline;
        var enrollment = _enrollment[i];
        double goal = PartYear.Goal(p.GoalGainPoints, enrollment, _calendar);
        var rater = new StreamRandom(_scenario.Seed, _replication, student.StudentId, StreamPurpose.GoalRating);
        double continuous = GoalAttainment.ContinuousLevel(progress, goal, rater.NextNormal(0, p.GasRaterNoiseT / 10.0));
        int level = GoalAttainment.Level(continuous);
        return new StudentOutcome(
            student.StudentId, student.ClassroomId, schoolId, TherapistId, student.Band, student.Severity, baseline,
            service.PrescribedDirect, service.PrescribedIntegrated, service.PrescribedConsult,
            _delivered[i * 3], _delivered[i * 3 + 1], _delivered[i * 3 + 2],
            _collaboration, _fidelity, end, progress, level, GoalAttainment.TScore([level], [1.0]), progress >= goal,
            1 - student.AbsenceRate, service.SessionsMissedAbsent)
        {
            EntryWeek = enrollment.EntryWeek + 1,
            // A dismissed student leaves the caseload but not the class: measured at year end against the whole goal.
            ExitWeek = enrollment.Reason != ExitReason.None ? enrollment.ExitWeek + 1 : service.DismissedWeek > 0 ? service.DismissedWeek : null,
            ExitReason = enrollment.Reason != ExitReason.None ? enrollment.Reason : service.DismissedWeek > 0 ? ExitReason.Dismissed : ExitReason.None,
        };
    }

    private void RecordWeek(StudentServices[] services, int offset, int week, double[]? embedded)
    {
        if (_weeks is null)
        {
            return;
        }
        for (int i = 0; i < _students.Length; i++)
        {
            if (!_enrollment[i].OnCaseload(week))
            {
                continue;
            }
            var weekly = services[i].Weekly.Span;
            _weeks.Add(new WeekRecord(
                _students[i].StudentId, _students[i].ClassroomId, week + 1, weekly[offset], weekly[offset + 1], weekly[offset + 2],
                (float)(embedded?[i] ?? 0), (float)_fidelity, (float)_performance[i]));
        }
    }
}
