using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Services;

/// <summary>Who works a position in a calendar week.</summary>
public enum PositionWeek : byte
{
    /// <summary>Its own therapist.</summary>
    Filled = 0,
    /// <summary>Nobody: the caseload is covered by colleagues or its sessions are missed and owed.</summary>
    Vacant = 1,
    /// <summary>A contract therapist, at the position's capacity.</summary>
    Contract = 2,
}

/// <summary>
/// When each position is vacant: a pure function of the scenario, the replication and the therapist id, so any caseload
/// can work out any colleague's weeks without asking it. Listed vacancies (<c>staffing.vacancies.positions</c>) and one
/// drawn vacancy are joined: with rate r, length d (at most the year's W weeks), a position falls vacant with chance
/// min(1, r W / d), for d weeks starting at a week drawn uniformly from 1 .. W - d + 1, so on average a share r of
/// position-weeks is vacant (the point-in-time vacancy rate). A contract therapist takes over a run of vacant weeks once
/// it has lasted <c>contractAfterWeeks</c> weeks.
/// </summary>
public static class VacancySchedule
{
    /// <summary>The calendar weeks of <paramref name="therapistId"/>'s position in <paramref name="replication"/>.</summary>
    public static PositionWeek[] Of(Scenario scenario, int replication, int therapistId)
    {
        var plan = scenario.Staffing.VacancyPlan;
        int weeks = scenario.Calendar.Weeks;
        var result = new PositionWeek[weeks];
        foreach (var position in plan.Positions)
        {
            if (position.Therapist == therapistId)
            {
                Array.Fill(result, PositionWeek.Vacant, position.FromWeek - 1, position.ToWeek - position.FromWeek + 1);
            }
        }
        if (plan.Rate > 0)
        {
            int length = Math.Min(plan.Weeks, weeks);
            var rng = new StreamRandom(scenario.Seed, replication, therapistId, StreamPurpose.Vacancy);
            bool vacant = rng.NextBernoulli(Math.Min(1, plan.Rate * weeks / length));
            int start = (int)(rng.NextDouble() * (weeks - length + 1));
            if (vacant)
            {
                Array.Fill(result, PositionWeek.Vacant, start, length);
            }
        }
        if (plan.ContractAfterWeeks is { } after)
        {
            int run = 0;
            for (int week = 0; week < weeks; week++)
            {
                run = result[week] == PositionWeek.Filled ? 0 : run + 1;
                if (run > after)
                {
                    result[week] = PositionWeek.Contract;
                }
            }
        }
        return result;
    }
}
