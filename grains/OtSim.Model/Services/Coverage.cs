using OtSim.Model.District;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Services;

/// <summary>
/// One caseload's capacity while positions are vacant, computed locally with no messages between therapists. Colleagues
/// are the therapists who serve a classroom in one of the caseload's schools (they visit those schools already, so
/// covering adds no travel). In a week when a position is <see cref="PositionWeek.Vacant"/>, each colleague whose own
/// position is worked (by its therapist or a contractor) sets aside <c>coverageShare</c> of its week's capacity (after
/// its absent days), split evenly between its vacant colleagues; the vacant caseload's capacity is what it is given,
/// and the donor serves its own caseload with the rest. Set-aside capacity a vacant caseload does not use is not
/// returned. Every input (vacancy schedules, colleagues, their capacities and absence streams) is a pure function of the
/// scenario, so a caseload can replay its colleagues' figures and the output does not depend on where grains run.
/// </summary>
internal sealed class Coverage
{
    private readonly PositionWeek[] _own;
    private readonly Colleague[] _colleagues;
    private readonly int[] _vacantColleagues;
    private readonly double _share;
    private readonly double _absenceRate;

    /// <summary>Sets up the coverage of <paramref name="therapistId"/>'s caseload.</summary>
    public Coverage(Scenario scenario, int replication, int therapistId)
    {
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        var plan = scenario.Staffing.VacancyPlan;
        _share = plan.CoverageShare;
        _absenceRate = scenario.Staffing.AbsenceRate;
        var schedules = new Dictionary<int, PositionWeek[]>();
        PositionWeek[] Schedule(int id)
        {
            if (!schedules.TryGetValue(id, out var weeks))
            {
                weeks = VacancySchedule.Of(scenario, replication, id);
                schedules[id] = weeks;
            }
            return weeks;
        }
        _own = Schedule(therapistId);
        var colleagues = Colleagues(layout, therapistId);
        _vacantColleagues = VacantCount(colleagues.Select(Schedule).ToArray(), _own.Length);
        _colleagues = colleagues.Select(id => new Colleague(
            Schedule(id),
            VacantCount(Colleagues(layout, id).Select(Schedule).ToArray(), _own.Length),
            WeeklyCapacity.Full(scenario.Staffing, layout.SchoolsOf(id).Count),
            new StreamRandom(scenario.Seed, replication, id, StreamPurpose.TherapistAbsence))).ToArray();
        VacantWeeks = _own.Count(w => w != PositionWeek.Filled);
        ContractWeeks = _own.Count(w => w == PositionWeek.Contract);
        ContractCost = ContractWeeks * plan.ContractCostPerWeek;
    }

    /// <summary>Calendar weeks the position's own therapist was away (contract weeks included).</summary>
    public int VacantWeeks { get; }

    /// <summary>Calendar weeks a contract therapist worked the position.</summary>
    public int ContractWeeks { get; }

    /// <summary>What the contract therapist cost.</summary>
    public double ContractCost { get; }

    /// <summary>Whether nobody works the position in 0-based calendar week <paramref name="week"/>.</summary>
    public bool IsVacant(int week) => _own[week] == PositionWeek.Vacant;

    /// <summary>
    /// The caseload's capacity in a school week, given what its own position has after absent days. Call once for every
    /// school week, in order: it replays the colleagues' absent days.
    /// </summary>
    public double Capacity(int week, double ownCapacity)
    {
        double pooled = 0;
        foreach (var colleague in _colleagues)
        {
            double theirs = colleague.WeekCapacity(_absenceRate);
            if (colleague.Weeks[week] != PositionWeek.Vacant && colleague.VacantColleagues[week] > 0)
            {
                pooled += _share * theirs / colleague.VacantColleagues[week];
            }
        }
        if (_own[week] == PositionWeek.Vacant)
        {
            return pooled;
        }
        return _vacantColleagues[week] > 0 ? ownCapacity * (1 - _share) : ownCapacity;
    }

    /// <summary>Therapists other than <paramref name="therapistId"/> serving a classroom in one of its schools.</summary>
    private static int[] Colleagues(DistrictLayout layout, int therapistId)
    {
        var schools = layout.SchoolsOf(therapistId);
        int firstClassroom = (schools[0] - 1) * layout.ClassroomsPerSchool + 1;
        int lastClassroom = Math.Min(schools[^1] * layout.ClassroomsPerSchool, layout.Classrooms);
        int first = layout.TherapistOf(firstClassroom), last = layout.TherapistOf(lastClassroom);
        return Enumerable.Range(first, last - first + 1).Where(id => id != therapistId).ToArray();
    }

    /// <summary>For each week, how many of the given schedules are vacant.</summary>
    private static int[] VacantCount(PositionWeek[][] schedules, int weeks)
    {
        var count = new int[weeks];
        foreach (var schedule in schedules)
        {
            for (int week = 0; week < weeks; week++)
            {
                count[week] += schedule[week] == PositionWeek.Vacant ? 1 : 0;
            }
        }
        return count;
    }

    /// <summary>A colleague: its weeks, how many of its own colleagues are vacant each week, and its capacity replayed.</summary>
    private sealed class Colleague(PositionWeek[] weeks, int[] vacantColleagues, double fullCapacity, StreamRandom absence)
    {
        private StreamRandom _absence = absence;

        public PositionWeek[] Weeks { get; } = weeks;

        public int[] VacantColleagues { get; } = vacantColleagues;

        /// <summary>The colleague's capacity this school week after its absent days (the same draws its own caseload makes).</summary>
        public double WeekCapacity(double absenceRate)
        {
            int absentDays = 0;
            for (int day = 0; day < 5; day++)
            {
                absentDays += _absence.NextBernoulli(absenceRate) ? 1 : 0;
            }
            return fullCapacity * (5 - absentDays) / 5.0;
        }
    }
}
