using OtSim.Model.Calendar;
using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;

namespace OtSim.Model.District;

/// <summary>
/// Draws the referrals of a school: each school week a Poisson number (mean <see cref="ChurnSpec.ReferralsPerSchoolPerWeek"/>,
/// by inversion of one uniform) arrives, each to a classroom of the school drawn uniformly, all from the school's own
/// stream (<see cref="StreamPurpose.Referrals"/>); eligibility comes from the referred student's own stream. The therapist
/// and the classroom both draw them, so no message is needed to agree on who was referred.
/// </summary>
public static class Referrals
{
    /// <summary>
    /// The referrals to one classroom, in seat order (seats after the classroom's students with OT, up to seat 99;
    /// referrals beyond seat 99 are not drawn into the classroom).
    /// </summary>
    public static Referral[] OfClassroom(Scenario scenario, int replication, int classroomId)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var churn = scenario.Churn;
        if (!churn.HasReferrals)
        {
            return [];
        }
        var calendar = new SchoolCalendar(scenario.Calendar);
        var district = scenario.District;
        int school = (classroomId - 1) / district.ClassroomsPerSchool + 1;
        int firstClassroom = (school - 1) * district.ClassroomsPerSchool + 1;
        var rng = new StreamRandom(scenario.Seed, replication, school, StreamPurpose.Referrals);
        var result = new List<Referral>();
        int seat = district.StudentsPerClassroom;
        double zero = Math.Exp(-churn.ReferralsPerSchoolPerWeek);
        for (int week = 0; week < calendar.Weeks; week++)
        {
            if (calendar.SchoolWeekIndex(week) < 0)
            {
                continue;
            }
            int arrivals = Poisson(ref rng, churn.ReferralsPerSchoolPerWeek, zero);
            for (int a = 0; a < arrivals; a++)
            {
                int classroom = firstClassroom + (int)(rng.NextDouble() * district.ClassroomsPerSchool);
                if (classroom != classroomId || seat >= DistrictLayout.SeatsPerClassroomId - 1)
                {
                    continue;
                }
                long id = DistrictLayout.StudentId(classroomId, ++seat);
                int consent = week + churn.ConsentDelayWeeks;
                var eligibility = new StreamRandom(scenario.Seed, replication, id, StreamPurpose.ReferralEligibility);
                result.Add(new Referral(id, classroomId, week, consent, EvaluationTimeline.DueWeek(churn, calendar, consent),
                    eligibility.NextBernoulli(churn.EligibleShare)));
            }
        }
        return result.ToArray();
    }

    // Poisson(mean) by inversion of one uniform: the smallest k with P(X <= k) > u.
    private static int Poisson(ref StreamRandom rng, double mean, double zero)
    {
        double u = rng.NextDouble();
        double p = zero, cumulative = zero;
        int k = 0;
        while (u >= cumulative && k < 100)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
