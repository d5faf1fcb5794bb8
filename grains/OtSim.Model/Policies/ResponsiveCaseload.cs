using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Progress;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Policies;

/// <summary>
/// The responsive policy's side of one therapist's caseload: each student's stage, met reviews in a row and IEP
/// baseline, and every plan change. At each review (the start of every review period but the first) it applies
/// <see cref="ResponsiveReview.Decide"/> to every student and rewrites the plans that change.
/// </summary>
public sealed class ResponsiveCaseload
{
    private readonly ResponsiveSpec _spec;
    private readonly StudentProfile[] _students;
    private readonly int _therapistId;
    private readonly int _sessionsPerWeek;
    private readonly bool _routineBlocks;
    private readonly double _goalGain;
    private readonly double[] _baseline;
    private readonly ResponsiveStage[] _stage;
    private readonly int[] _goalMet;
    private readonly int[] _dismissalWeek;
    private readonly int[] _schoolWeeksBefore;
    private readonly int _schoolWeeks;
    private readonly List<PlanChange> _changes = [];

    /// <summary>Sets up the caseload of <paramref name="students"/> (caseload order) under a responsive policy.</summary>
    public ResponsiveCaseload(Scenario scenario, PolicySpec policy, int replication, int therapistId, IReadOnlyList<StudentProfile> students)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(students);
        _spec = policy.Responsive ?? ResponsiveSpec.Default;
        _students = [.. students];
        _therapistId = therapistId;
        _sessionsPerWeek = policy.SessionsPerWeek;
        _routineBlocks = scenario.District.RoutineBlocksPerWeek > 0;
        _goalGain = scenario.Parameters.GoalGainPoints;
        int n = _students.Length;
        _baseline = new double[n];
        _stage = new ResponsiveStage[n];
        _goalMet = new int[n];
        _dismissalWeek = new int[n];
        for (int i = 0; i < n; i++)
        {
            // The IEP's baseline is the measured one students.csv reports: the first draw of the student's measurement stream.
            var rng = new StreamRandom(scenario.Seed, replication, _students[i].StudentId, StreamPurpose.Measurement);
            _baseline[i] = Math.Clamp(_students[i].TrueBaseline + rng.NextNormal(0, scenario.Parameters.MeasurementSd), 0, 100);
        }
        var calendar = new SchoolCalendar(scenario.Calendar);
        _schoolWeeksBefore = new int[calendar.Weeks + 1];
        for (int week = 0; week < calendar.Weeks; week++)
        {
            _schoolWeeksBefore[week + 1] = _schoolWeeksBefore[week] + (calendar.SchoolWeekIndex(week) >= 0 ? 1 : 0);
        }
        _schoolWeeks = _schoolWeeksBefore[calendar.Weeks];
    }

    /// <summary>Every plan change so far, in review order, then caseload order.</summary>
    public IReadOnlyList<PlanChange> Changes => _changes;

    /// <summary>Students not dismissed (they still get services and data points).</summary>
    public int InService => _stage.Count(s => s != ResponsiveStage.Dismissed);

    /// <summary>Where student <paramref name="i"/> (caseload order) is in the cycle.</summary>
    public ResponsiveStage StageOf(int i) => _stage[i];

    /// <summary>The 1-based calendar week from which student <paramref name="i"/> (caseload order) gets no OT, or null while not dismissed.</summary>
    public int? DismissalWeek(int i) => _dismissalWeek[i] > 0 ? _dismissalWeek[i] : null;

    /// <summary>The IEP baseline of student <paramref name="i"/> the aim line starts from.</summary>
    public double BaselineOf(int i) => _baseline[i];

    /// <summary>The aim line at the end of 0-based calendar week <paramref name="weeksDone"/> - 1: baseline plus the goal pro-rated to the school weeks gone.</summary>
    public double AimAt(int i, int weeksDone) => _baseline[i] + _goalGain * _schoolWeeksBefore[weeksDone] / Math.Max(1, _schoolWeeks);

    /// <summary>
    /// Reviews every student before the period starting at 0-based week <paramref name="firstWeek"/>, rewriting
    /// <paramref name="plans"/> that change. A dismissed student's owed minutes lapse (<paramref name="owed"/>: three
    /// a student, direct, integrated, consult): the IEP no longer lists the service.
    /// </summary>
    public void Review(int firstWeek, ServicePlan[] plans, ObservedProgress observed, double[] owed)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(owed);
        for (int i = 0; i < _students.Length; i++)
        {
            var before = plans[i].Weekly;
            var input = new ReviewInput(
                before, _stage[i], _goalMet[i], observed.DataPoints(i), observed.TrendAt(i, firstWeek), AimAt(i, firstWeek), _baseline[i] + _goalGain);
            var decision = ResponsiveReview.Decide(input, _spec, _routineBlocks);
            _stage[i] = decision.Stage;
            _goalMet[i] = decision.GoalMetReviews;
            if (decision.Reason is { } reason)
            {
                plans[i] = new ServicePlan(decision.Plan, _sessionsPerWeek, false);
                if (reason == PlanChangeReason.Dismissed)
                {
                    _dismissalWeek[i] = firstWeek + 1;
                    Array.Clear(owed, i * 3, 3);
                }
                _changes.Add(new PlanChange(_students[i].StudentId, _students[i].ClassroomId, _therapistId, firstWeek + 1, before, decision.Plan, reason));
            }
        }
    }
}
