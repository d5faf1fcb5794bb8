using System.Globalization;
using OtSim.Analysis.Report;

namespace OtSim.Analysis.Pipeline;

/// <summary>The report's table of the caseload over the year and the evaluations on time.</summary>
public static class CaseloadReportTable
{
    /// <summary>One row per policy.</summary>
    public static ReportTable Build(CaseloadChurnResult caseload)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        return new ReportTable(
            $"Caseload during the year (students, mean per run; {caseload.Weeks} weeks) and evaluations of referred students",
            ["Policy", "Caseload week 1", "Lowest", "Highest", $"Week {caseload.Weeks}", "Moved away", "Joined", "Referrals", "Evaluations completed", "On time", "Eligible"],
            caseload.Policies.Select(p => (IReadOnlyList<string>)
            [
                p.Policy, F(p.Start), F(p.WeeklyCaseload.Min()), F(p.WeeklyCaseload.Max()), F(p.End), F(p.MovedAway), F(p.Joined),
                p.Evaluations is { } e ? F(e.Referrals) : "-",
                p.Evaluations is { } c ? F(c.Completed) : "-",
                Pct(p.Evaluations?.OnTimeShare),
                Pct(p.Evaluations?.EligibleShare),
            ]).ToList());
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Pct(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + " %" : "-";
}
