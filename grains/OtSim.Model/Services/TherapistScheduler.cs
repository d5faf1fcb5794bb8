using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Policies;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Services;

/// <summary>
/// Schedules one therapist's year, week by week. Each school week the therapist has a capacity (contract minutes
/// minus workload and travel, less absent days). Sessions a student misses through absence are lost and not owed.
/// Sessions in a disrupted school week are missed and owed. When demand exceeds capacity: if every session can keep at
/// least <see cref="ModelParameters.MinSessionFraction"/> of its length, all are shortened evenly; otherwise whole
/// sessions are delivered in a rotating student order until capacity runs out. Everything missed by the therapist is
/// owed and made up from spare capacity in later weeks, oldest first by rotation, at most
/// <see cref="ModelParameters.MakeupCapMinutesPerWeek"/> per student per week.
/// </summary>
public static class TherapistScheduler
{
    private const int Direct = 0, Integrated = 1, Consult = 2;

    /// <summary>Schedules the year of therapist <paramref name="therapistId"/> under <paramref name="policy"/>.</summary>
    public static TherapistYear Schedule(Scenario scenario, PolicySpec policy, int replication, int therapistId)
    {
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        var calendar = new SchoolCalendar(scenario.Calendar);
        var parameters = scenario.Parameters;
        var staffing = scenario.Staffing;
        var (first, last) = layout.ClassroomsOf(therapistId);
        var schools = layout.SchoolsOf(therapistId);

        var students = new List<StudentProfile>();
        for (int classroom = first; classroom <= last; classroom++)
        {
            students.AddRange(ProfileGenerator.Classroom(scenario.District, scenario.Seed, replication, classroom));
        }
        int n = students.Count;
        var plans = new ServicePlan[n];
        var years = new ServiceYear[n];
        var attendance = new StreamRandom[n];
        var schoolIndex = new int[n];
        for (int i = 0; i < n; i++)
        {
            plans[i] = PlanResolver.Resolve(policy, students[i]);
            years[i] = new ServiceYear(students[i].StudentId, calendar.Weeks);
            attendance[i] = new StreamRandom(scenario.Seed, replication, students[i].StudentId, StreamPurpose.SessionAttendance);
            schoolIndex[i] = layout.SchoolOf(students[i].ClassroomId) - schools[0];
        }
        var disrupted = DrawDisruptions(scenario, replication, schools, calendar);
        var absenceRng = new StreamRandom(scenario.Seed, replication, therapistId, StreamPurpose.TherapistAbsence);
        double travel = schools.Count * staffing.VisitsPerSchoolPerWeek * staffing.TravelMinutesPerVisit;
        double fullCapacity = Math.Max(0, staffing.Fte * (staffing.ContractMinutesPerFte - staffing.WorkloadMinutesPerFte) - travel);

        var owed = new double[n * 3];
        var items = new List<(int Student, int Kind, double Minutes)>();
        double capacityTotal = 0, demandTotal = 0, deliveredTotal = 0;

        for (int week = 0; week < calendar.Weeks; week++)
        {
            int schoolWeek = calendar.SchoolWeekIndex(week);
            if (schoolWeek < 0)
            {
                continue;
            }
            int absentDays = 0;
            for (int day = 0; day < 5; day++)
            {
                absentDays += absenceRng.NextBernoulli(staffing.AbsenceRate) ? 1 : 0;
            }
            double capacity = fullCapacity * (5 - absentDays) / 5.0;
            capacityTotal += capacity;

            items.Clear();
            for (int i = 0; i < n; i++)
            {
                var plan = plans[i];
                var minutes = plan.ForSchoolWeek(schoolWeek);
                years[i].PrescribedDirect += minutes.Direct;
                years[i].PrescribedIntegrated += minutes.Integrated;
                years[i].PrescribedConsult += minutes.Consult;
                demandTotal += minutes.Total;
                bool isDisrupted = disrupted[schoolIndex[i]][week];
                double absence = students[i].AbsenceRate;
                AddSessions(items, ref attendance[i], absence, i, Direct, minutes.Direct, plan.SessionsPerWeek, isDisrupted, owed, years[i]);
                AddSessions(items, ref attendance[i], absence, i, Integrated, minutes.Integrated, plan.SessionsPerWeek, isDisrupted, owed, years[i]);
                if (minutes.Consult > 0)
                {
                    if (isDisrupted)
                    {
                        owed[i * 3 + Consult] += minutes.Consult;
                    }
                    else
                    {
                        items.Add((i, Consult, minutes.Consult));
                    }
                }
            }

            double demand = 0;
            foreach (var item in items)
            {
                demand += item.Minutes;
            }
            int rotation = n == 0 ? 0 : schoolWeek % n;
            double spare;
            if (demand <= capacity)
            {
                foreach (var item in items)
                {
                    Deliver(years[item.Student], week, item.Kind, item.Minutes, 1);
                }
                spare = capacity - demand;
            }
            else if (capacity / demand >= parameters.MinSessionFraction)
            {
                double scale = capacity / demand;
                foreach (var item in items)
                {
                    Deliver(years[item.Student], week, item.Kind, item.Minutes * scale, 1);
                    owed[item.Student * 3 + item.Kind] += item.Minutes * (1 - scale);
                }
                spare = 0;
            }
            else
            {
                // Whole sessions are dropped, so what little capacity is left is not spent on make-ups.
                DeliverInRotation(items, years, owed, week, capacity, rotation);
                spare = 0;
            }
            MakeUp(years, owed, week, spare, rotation, n, parameters.MakeupCapMinutesPerWeek);
        }

        foreach (var year in years)
        {
            deliveredTotal += year.Delivered(Direct) + year.Delivered(Integrated) + year.Delivered(Consult);
        }
        return new TherapistYear(therapistId, staffing.Fte, schools.Count, n, capacityTotal, demandTotal, deliveredTotal, years);
    }

    private static void AddSessions(
        List<(int, int, double)> items, ref StreamRandom attendance, double absenceRate, int student, int kind, double minutes,
        int sessions, bool disrupted, double[] owed, ServiceYear year)
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
                owed[student * 3 + kind] += length;
            }
            else if (present)
            {
                items.Add((student, kind, length));
            }
            else
            {
                year.SessionsMissedAbsent++;
            }
        }
    }

    private static void DeliverInRotation(
        List<(int Student, int Kind, double Minutes)> items, ServiceYear[] years, double[] owed,
        int week, double capacity, int rotation)
    {
        // Items are in student order; start with the student at the rotation point so that the same students are not always dropped.
        int start = items.FindIndex(item => item.Student >= rotation);
        if (start < 0)
        {
            start = 0;
        }
        double remaining = capacity;
        for (int k = 0; k < items.Count; k++)
        {
            var item = items[(start + k) % items.Count];
            if (item.Minutes <= remaining)
            {
                Deliver(years[item.Student], week, item.Kind, item.Minutes, 1);
                remaining -= item.Minutes;
            }
            else
            {
                owed[item.Student * 3 + item.Kind] += item.Minutes;
            }
        }
    }

    private static void MakeUp(ServiceYear[] years, double[] owed, int week, double spare, int rotation, int n, double cap)
    {
        for (int k = 0; k < n && spare > 0; k++)
        {
            int i = (rotation + k) % n;
            double allowance = Math.Min(cap, spare);
            for (int kind = 0; kind < 3 && allowance > 0; kind++)
            {
                double give = Math.Min(owed[i * 3 + kind], allowance);
                if (give <= 0)
                {
                    continue;
                }
                Deliver(years[i], week, kind, give, 1);
                owed[i * 3 + kind] -= give;
                allowance -= give;
                spare -= give;
            }
        }
    }

    private static void Deliver(ServiceYear year, int week, int kind, double minutes, int sessions)
    {
        year.Weekly[week * ServiceYear.Stride + kind] += (float)minutes;
        if (kind == Integrated)
        {
            year.Weekly[week * ServiceYear.Stride + 3] += sessions;
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
