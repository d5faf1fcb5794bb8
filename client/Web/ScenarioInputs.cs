using System.Globalization;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>A run's inputs as the page lists and compares them: district, severity mix, staffing, minutes per week, seed, replications.</summary>
public static class ScenarioInputs
{
    /// <summary>The inputs of <paramref name="s"/> (serialised to camelCase JSON).</summary>
    public static object Of(Scenario s) => new
    {
        students = s.District.Students,
        schools = s.District.Schools,
        policies = s.Policies.Select(p => p.Name).ToArray(),
        replications = s.Replications,
        seed = s.Seed,
        therapists = s.Staffing.Therapists,
        fte = s.Staffing.Fte,
        salaryPerFte = s.Staffing.SalaryPerFte,
        collaboration = s.District.CollaborationMean,
        description = s.Description,
        severityMix = new
        {
            mild = s.District.SeverityMix.GetValueOrDefault(SeverityBand.Mild),
            moderate = s.District.SeverityMix.GetValueOrDefault(SeverityBand.Moderate),
            severe = s.District.SeverityMix.GetValueOrDefault(SeverityBand.Severe),
        },
        minutesPerWeek = s.Policies.Select(p => new { policy = p.Name, text = MinutesText(p) }).ToArray(),
    };

    /// <summary>A policy's weekly minutes in words, such as "30 pull-out, 1 session" or "mild 15 / moderate 30 / severe 60 pull-out".</summary>
    public static string MinutesText(PolicySpec p)
    {
        string sessions = string.Create(CultureInfo.InvariantCulture, $"{p.SessionsPerWeek} session{(p.SessionsPerWeek == 1 ? "" : "s")}");
        if (p.BySeverity is { } bands)
        {
            var parts = bands.OrderBy(b => b.Key).Select(b => $"{b.Key.ToString().ToLowerInvariant()} {Minutes(b.Value)}");
            return $"{string.Join("; ", parts)}; {sessions}";
        }
        if (p.Kind == PolicyKind.PerStudent)
        {
            return $"per-student plans (default {Minutes(p.Minutes)})";
        }
        return $"{Minutes(p.Minutes)}; {sessions}";
    }

    private static string Minutes(ServiceMinutes m)
    {
        var parts = new List<string>();
        Add(parts, m.Direct, "pull-out");
        Add(parts, m.Integrated, "push-in");
        Add(parts, m.Consult, "consult");
        return parts.Count == 0 ? "0 min" : string.Join(" + ", parts);
    }

    private static void Add(List<string> parts, double minutes, string label)
    {
        if (minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{minutes:0.#} {label}"));
        }
    }
}
