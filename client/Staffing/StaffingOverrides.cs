using System.Globalization;
using OtSim.Client.Cli;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Staffing;

/// <summary>
/// The <c>staff</c> options that change the scenario before the search: group size of the staffed policy, drawn
/// vacancies (rate, length, colleagues' coverage share) and the referral rate. Each is the scenario field of the same meaning
/// (docs/SCENARIOS.md) with the same range.
/// </summary>
public static class StaffingOverrides
{
    /// <summary>Option names, each taking a value.</summary>
    public static readonly string[] Options = ["group-size", "vacancy-rate", "vacancy-weeks", "coverage-share", "referral-rate"];

    /// <summary>Usage lines.</summary>
    public const string Usage = """
          --group-size G       students per direct or push-in session in the staffed policy (1-8; policy groupSize)
          --vacancy-rate R     share of positions vacant at any time, each for --vacancy-weeks (0-0.5; OT 8.9%)
          --vacancy-weeks D    length of a drawn vacancy in calendar weeks (1-52, default the scenario's, 12)
          --coverage-share C   share of colleagues' time covering a vacant caseload in their schools (0-1)
          --referral-rate F    referrals for an OT evaluation per school per school week (0-5; churn
                               referralsPerSchoolPerWeek): evaluations take therapist time, entrants join
        """;

    /// <summary>The scenario with the options applied to <paramref name="policy"/> and the staffing.</summary>
    public static Scenario Apply(ParsedArguments parsed, Scenario scenario, string policy)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(scenario);
        if (parsed.Integer("group-size", 1, ScenarioLimits.MaxGroupSize) is { } group)
        {
            scenario = scenario with
            {
                Policies = [.. scenario.Policies.Select(p => p.Name == policy ? p with { GroupSize = (int)group } : p)],
            };
        }
        if (parsed.Number("referral-rate", 0, 5) is { } referrals)
        {
            scenario = scenario with { Churn = scenario.Churn with { ReferralsPerSchoolPerWeek = referrals } };
        }
        var plan = scenario.Staffing.VacancyPlan;
        var changed = plan with
        {
            Rate = parsed.Number("vacancy-rate", 0, 0.5) ?? plan.Rate,
            Weeks = (int?)parsed.Integer("vacancy-weeks", 1, 52) ?? plan.Weeks,
            CoverageShare = parsed.Number("coverage-share", 0, 1) ?? plan.CoverageShare,
        };
        return changed == plan ? scenario : scenario with { Staffing = scenario.Staffing with { Vacancies = changed } };
    }

    /// <summary>The options as they would be typed again, for the command line recorded with the answer.</summary>
    public static string Echo(ParsedArguments parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return string.Concat(Options.Where(o => parsed.Value(o) is not null).Select(o => $" --{o} {parsed.Value(o)}"));
    }
}
