using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>
/// SEAM for report.html: the page runs a scenario through the same run pipeline as <c>otsim run</c> and offers
/// <c>report.html</c> for download whenever the results folder has one. The analysis pipeline (the <c>analyze</c>
/// command) is not on this branch; wire it here so that every run from the page gets the same report as the
/// command line. Until then this hook writes nothing and the page says the report is not available.
/// </summary>
public static class ReportSeam
{
    /// <summary>Name of the report file in a results folder.</summary>
    public const string ReportFile = "report.html";

    /// <summary>
    /// Called with the staging folder after the dataset is written and before it is moved into place; return null to
    /// write no report. Replace the body with a call into the analysis pipeline.
    /// </summary>
    public static Func<string, CancellationToken, Task>? FinishFor(Scenario scenario)
    {
        _ = scenario;
        return null;
    }
}
