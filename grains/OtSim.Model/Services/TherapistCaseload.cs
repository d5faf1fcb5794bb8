using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Engine;
using OtSim.Model.Policies;
using OtSim.Model.Progress;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;
using OtSim.Model.Stepping;

namespace OtSim.Model.Services;

/// <summary>
/// One therapist's caseload in one cell, as state that advances one review period at a time: the students' plans, the
/// minutes owed, the service log, the random streams, and what the therapist has observed of each student.
/// Each school week the therapist has a capacity (contract minutes minus workload and travel, less absent days).
/// Sessions a student misses through absence are lost and not owed. Sessions in a disrupted school week are missed and
/// owed. When demand exceeds capacity: if every session can keep at least <see cref="ModelParameters.MinSessionFraction"/>
/// of its length, all are shortened evenly; otherwise whole sessions are delivered in a rotating student order until
/// capacity runs out. Everything missed by the therapist is owed and made up from spare capacity in later weeks, oldest
/// first by rotation, at most <see cref="ModelParameters.MakeupCapMinutesPerWeek"/> per student per week.
/// Progress-monitoring data points cost their minutes from the week's capacity (<see cref="MonitoringSpec"/>); under a
/// responsive policy every plan is reviewed at the start of each period but the first (<see cref="ResponsiveCaseload"/>).
/// </summary>
public sealed class TherapistCaseload
{
    private const int Direct = 0, Integrated = 1, Consult = 2;

    private readonly SchoolCalendar _calendar;
    private readonly ModelParameters _parameters;
    private readonly StudentProfile[] _students;
    private readonly ServicePlan[] _plans;
    private readonly ServiceYear[] _log;
    private readonly StreamRandom[] _attendance;
    private readonly int[] _schoolIndex;
    private readonly Enrollment[] _enrollment;
    private readonly int[] _offsets;
    private readonly EvaluationQueue? _evaluations;
    private readonly bool[][] _disrupted;
    private readonly double[] _owed;
    private readonly double _fullCapacity;
    private readonly double _absenceRate;
    private readonly List<(int Student, int Kind, double Minutes)> _items = [];
    private readonly ObservedProgress _observed;
    private readonly GroupSessions _sessions;
    private readonly Coverage? _coverage;
    private readonly Func<int, int> _schoolOf;
    private readonly MonitoringSpec _monitoring;
    private readonly double _minutesPerDataPoint;
    private readonly ResponsiveCaseload? _responsive;
    private StreamRandom _absenceRng;
    private double _capacityTotal, _demandTotal, _groupSaved, _delivered, _covered;
    private int _nextWeek;

    /// <summary>Draws the caseload of <paramref name="therapistId"/> under <paramref name="policy"/> at the start of the year.</summary>
    public TherapistCaseload(Scenario scenario, PolicySpec policy, int replication, int therapistId)
    {
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        _calendar = new SchoolCalendar(scenario.Calendar);
        _parameters = scenario.Parameters;
        var staffing = scenario.Staffing;
        TherapistId = therapistId;
        (FirstClassroom, LastClassroom) = layout.ClassroomsOf(therapistId);
        StudentsPerClassroom = layout.StudentsPerClassroom;
        var schools = layout.SchoolsOf(therapistId);
        Fte = staffing.Fte;
        Schools = schools.Count;

        var roster = CaseloadRoster.Build(scenario, replication, FirstClassroom, LastClassroom, _calendar);
        _students = roster.Students;
        _enrollment = roster.Enrollment;
        _offsets = roster.Offsets;
        _evaluations = scenario.Churn.HasReferrals ? new EvaluationQueue(roster.Referrals, scenario.Churn.EvaluationHours * 60) : null;
        _schoolOf = layout.SchoolOf;
        int n = _students.Length;
        _plans = new ServicePlan[n];
        _log = new ServiceYear[n];
        _attendance = new StreamRandom[n];
        _schoolIndex = new int[n];
        for (int i = 0; i < n; i++)
        {
            _plans[i] = PlanResolver.Resolve(policy, _students[i]);
            _log[i] = new ServiceYear(_students[i].StudentId, _calendar.Weeks);
            _attendance[i] = new StreamRandom(scenario.Seed, replication, _students[i].StudentId, StreamPurpose.SessionAttendance);
            _schoolIndex[i] = layout.SchoolOf(_students[i].ClassroomId) - schools[0];
        }
        _disrupted = DrawDisruptions(scenario, replication, schools, _calendar);
        _absenceRng = new StreamRandom(scenario.Seed, replication, therapistId, StreamPurpose.TherapistAbsence);
        _absenceRate = staffing.AbsenceRate;
        _fullCapacity = WeeklyCapacity.Full(staffing, schools.Count);
        _owed = new double[n * 3];
        _observed = new ObservedProgress(n);
        _sessions = new GroupSessions(policy.GroupSize, StudentsPerClassroom);
        _coverage = staffing.VacancyPlan.Any ? new Coverage(scenario, replication, therapistId) : null;
        _monitoring = scenario.Monitoring ?? MonitoringSpec.Default;
        _minutesPerDataPoint = _monitoring.MinutesPerPoint(scenario.District.RoutineBlocksPerWeek > 0);
        _responsive = policy.Kind == PolicyKind.Responsive ? new ResponsiveCaseload(scenario, policy, replication, therapistId, _students) : null;
    }

    /// <summary>Therapist id.</summary>
    public int TherapistId { get; }

    /// <summary>Full-time equivalent.</summary>
    public double Fte { get; }

    /// <summary>Schools visited.</summary>
    public int Schools { get; }

    /// <summary>First classroom id served.</summary>
    public int FirstClassroom { get; }

    /// <summary>Last classroom id served.</summary>
    public int LastClassroom { get; }

    /// <summary>Students per classroom.</summary>
    public int StudentsPerClassroom { get; }

    /// <summary>Students on the caseload at some time in the year so far.</summary>
    public int Caseload => _enrollment.Count(e => e.EntryWeek < _calendar.Weeks);

    /// <summary>The evaluations of the students referred in this caseload's classrooms so far (student-id order).</summary>
    public IReadOnlyList<EvaluationRecord> Evaluations => _evaluations?.Records(_schoolOf, TherapistId) ?? [];

    /// <summary>The service log: every student's services so far, in caseload order (classroom, then seat).</summary>
    public IReadOnlyList<ServiceYear> Log => _log;

    /// <summary>What the therapist has observed of each student so far (caseload order).</summary>
    public ObservedProgress Observed => _observed;

    /// <summary>The responsive policy's state (stages, dismissals, plan changes), or null under any other policy.</summary>
    public ResponsiveCaseload? Responsive => _responsive;

    /// <summary>Every IEP change so far (only responsive policies change plans).</summary>
    public IReadOnlyList<PlanChange> PlanChanges => _responsive?.Changes ?? [];

    /// <summary>
    /// Plans and delivers one review period of services, week by week, and returns each classroom's share in one message
    /// per classroom (classroom-id order). Periods must come in order.
    /// </summary>
    public ClassroomServices[] PlanPeriod(ReviewPeriod period)
    {
        if (period.FirstWeek != _nextWeek)
        {
            throw new InvalidOperationException($"Therapist {TherapistId} has planned up to week {_nextWeek + 1}; it cannot plan from week {period.FirstWeek + 1}.");
        }
        if (period.Index > 0)
        {
            _responsive?.Review(period.FirstWeek, _plans, _observed, _owed);
        }
        for (int week = period.FirstWeek; week < period.EndWeek; week++)
        {
            PlanWeek(week);
        }
        _nextWeek = period.EndWeek;

        int classrooms = LastClassroom - FirstClassroom + 1;
        var messages = new ClassroomServices[classrooms];
        for (int k = 0; k < classrooms; k++)
        {
            var students = new StudentServices[_offsets[k + 1] - _offsets[k]];
            for (int seat = 0; seat < students.Length; seat++)
            {
                var log = _log[_offsets[k] + seat];
                students[seat] = new StudentServices(
                    log.StudentId, log.Weekly.AsMemory(period.FirstWeek * ServiceYear.Stride, period.Weeks * ServiceYear.Stride),
                    log.PrescribedDirect, log.PrescribedIntegrated, log.PrescribedConsult, log.SessionsMissedAbsent)
                {
                    EntryWeek = _enrollment[_offsets[k] + seat].EntryWeek,
                    DismissedWeek = _responsive?.DismissalWeek(_offsets[k] + seat) ?? 0,
                };
            }
            messages[k] = new ClassroomServices(FirstClassroom + k, TherapistId, period, students);
        }
        return messages;
    }

    /// <summary>Takes in what a classroom reported for a period (progress-monitoring data points and attendance).</summary>
    public void Observe(ClassroomObservations observations)
    {
        int offset = _offsets[observations.ClassroomId - FirstClassroom];
        _observed.Add(offset, observations);
    }

    /// <summary>The therapist's figures for the year so far (the year's once the last period is planned).</summary>
    public TherapistSummary Figures()
    {
        double delivered = 0;
        foreach (var year in _log)
        {
            delivered += year.Delivered(Direct) + year.Delivered(Integrated) + year.Delivered(Consult);
        }
        return new TherapistSummary(TherapistId, Fte, Schools, Caseload, _capacityTotal, _demandTotal, delivered)
        {
            GroupSavedMinutes = _groupSaved,
            VacantWeeks = _coverage?.VacantWeeks ?? 0,
            CoveredMinutes = _covered,
            ContractWeeks = _coverage?.ContractWeeks ?? 0,
            ContractCost = _coverage?.ContractCost ?? 0,
        };
    }

    // Data points are collected, and cost therapist time, only for students on the caseload that week and not dismissed.
    private int MonitoredStudents(int week)
    {
        int monitored = 0;
        for (int i = 0; i < _students.Length; i++)
        {
            if (_enrollment[i].OnCaseload(week) && _responsive?.StageOf(i) != ResponsiveStage.Dismissed)
            {
                monitored++;
            }
        }
        return monitored;
    }

    private void PlanWeek(int week)
    {
        int schoolWeek = _calendar.SchoolWeekIndex(week);
        if (schoolWeek < 0)
        {
            return;
        }
        int n = _students.Length;
        int absentDays = 0;
        for (int day = 0; day < 5; day++)
        {
            absentDays += _absenceRng.NextBernoulli(_absenceRate) ? 1 : 0;
        }
        double capacity = _fullCapacity * (5 - absentDays) / 5.0;
        if (_coverage is not null)
        {
            capacity = _coverage.Capacity(week, capacity);
        }
        if (_minutesPerDataPoint > 0 && _monitoring.IsCollectionWeek(schoolWeek))
        {
            capacity = Math.Max(0, capacity - _minutesPerDataPoint * MonitoredStudents(week));
        }
        _capacityTotal += capacity;
        double therapistBefore = _delivered - _groupSaved;

        var items = _items;
        items.Clear();
        for (int i = 0; i < n; i++)
        {
            if (!_enrollment[i].OnCaseload(week))
            {
                continue;
            }
            var plan = _plans[i];
            var minutes = plan.ForSchoolWeek(schoolWeek);
            var log = _log[i];
            log.PrescribedDirect += minutes.Direct;
            log.PrescribedIntegrated += minutes.Integrated;
            log.PrescribedConsult += minutes.Consult;
            _demandTotal += minutes.Total;
            bool isDisrupted = _disrupted[_schoolIndex[i]][week];
            double absence = _students[i].AbsenceRate;
            AddSessions(ref _attendance[i], absence, i, Direct, minutes.Direct, plan.SessionsPerWeek, isDisrupted, log);
            AddSessions(ref _attendance[i], absence, i, Integrated, minutes.Integrated, plan.SessionsPerWeek, isDisrupted, log);
            if (minutes.Consult > 0)
            {
                if (isDisrupted)
                {
                    _owed[i * 3 + Consult] += minutes.Consult;
                }
                else
                {
                    items.Add((i, Consult, minutes.Consult));
                }
            }
        }

        // Demand is therapist minutes: a group session costs its length once (GroupSessions).
        _sessions.Form(items);
        double demand = 0;
        foreach (var group in _sessions.Groups)
        {
            demand += group.Minutes;
        }
        int rotation = n == 0 ? 0 : schoolWeek % n;
        double spare;
        if (demand <= capacity)
        {
            foreach (var item in items)
            {
                Deliver(_log[item.Student], week, item.Kind, item.Minutes);
            }
            spare = capacity - demand;
            _groupSaved += _sessions.SavedMinutes(1);
        }
        else if (capacity / demand >= _parameters.MinSessionFraction)
        {
            double scale = capacity / demand;
            foreach (var item in items)
            {
                Deliver(_log[item.Student], week, item.Kind, item.Minutes * scale);
                _owed[item.Student * 3 + item.Kind] += item.Minutes * (1 - scale);
            }
            _groupSaved += _sessions.SavedMinutes(scale);
            spare = 0;
        }
        else
        {
            // Whole sessions are dropped, so what little capacity is left is not spent on make-ups.
            DeliverInRotation(week, capacity, rotation);
            spare = 0;
        }
        if (_evaluations is not null)
        {
            // Evaluations are due by law: they take the spare capacity before make-ups. An eligible student starts next week.
            spare -= _evaluations.Work(week, spare, slot => _enrollment[slot] = _enrollment[slot] with { EntryWeek = week + 1 });
        }
        MakeUp(week, spare, rotation, n, _parameters.MakeupCapMinutesPerWeek);
        if (_coverage?.IsVacant(week) == true)
        {
            _covered += _delivered - _groupSaved - therapistBefore;
        }
    }

    private void AddSessions(
        ref StreamRandom attendance, double absenceRate, int student, int kind, double minutes, int sessions, bool disrupted, ServiceYear log)
    {
        if (minutes <= 0 || sessions <= 0)
        {
            return;
        }
        double length = minutes / sessions;
        for (int s = 0; s < sessions; s++)
        {
            // The attendance draw happens for every planned session, so draws do not depend on capacity.
            bool present = !attendance.NextBernoulli(absenceRate);
            if (disrupted)
            {
                _owed[student * 3 + kind] += length;
            }
            else if (present)
            {
                _items.Add((student, kind, length));
            }
            else
            {
                log.SessionsMissedAbsent++;
            }
        }
    }

    private void DeliverInRotation(int week, double capacity, int rotation)
    {
        var items = _items;
        var groups = _sessions.Groups;
        // Groups are in student order; start with the student at the rotation point so that the same students are not always dropped.
        int start = 0;
        while (start < groups.Count && items[groups[start].First].Student < rotation)
        {
            start++;
        }
        if (start == groups.Count)
        {
            start = 0;
        }
        double remaining = capacity;
        for (int k = 0; k < groups.Count; k++)
        {
            var group = groups[(start + k) % groups.Count];
            bool fits = group.Minutes <= remaining;
            if (fits)
            {
                remaining -= group.Minutes;
                _groupSaved += (group.Count - 1) * group.Minutes;
            }
            for (int m = group.First; m < group.First + group.Count; m++)
            {
                var item = items[m];
                if (fits)
                {
                    Deliver(_log[item.Student], week, item.Kind, item.Minutes);
                }
                else
                {
                    _owed[item.Student * 3 + item.Kind] += item.Minutes;
                }
            }
        }
    }

    private void MakeUp(int week, double spare, int rotation, int n, double cap)
    {
        for (int k = 0; k < n && spare > 0; k++)
        {
            int i = (rotation + k) % n;
            if (!_enrollment[i].OnCaseload(week))
            {
                // Minutes owed to a student who has left are not made up.
                continue;
            }
            double allowance = Math.Min(cap, spare);
            for (int kind = 0; kind < 3 && allowance > 0; kind++)
            {
                double give = Math.Min(_owed[i * 3 + kind], allowance);
                if (give <= 0)
                {
                    continue;
                }
                Deliver(_log[i], week, kind, give);
                _owed[i * 3 + kind] -= give;
                allowance -= give;
                spare -= give;
            }
        }
    }

    private void Deliver(ServiceYear year, int week, int kind, double minutes)
    {
        _delivered += minutes;
        year.Weekly[week * ServiceYear.Stride + kind] += (float)minutes;
        if (kind == Integrated)
        {
            year.Weekly[week * ServiceYear.Stride + 3] += 1;
        }
    }

    private static bool[][] DrawDisruptions(Scenario scenario, int replication, IReadOnlyList<int> schools, SchoolCalendar calendar)
    {
        var result = new bool[schools.Count][];
        for (int s = 0; s < schools.Count; s++)
        {
            var rng = new StreamRandom(scenario.Seed, replication, schools[s], StreamPurpose.SchoolDisruption);
            result[s] = new bool[calendar.Weeks];
            for (int week = 0; week < calendar.Weeks; week++)
            {
                result[s][week] = rng.NextBernoulli(calendar.DisruptionRate) && calendar.KindOf(week) != WeekKind.Holiday;
            }
        }
        return result;
    }
}
