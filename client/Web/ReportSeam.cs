using OtSim.Analysis.Pipeline;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Web;

/// <summary>
/// The report step of runs made from the page: the same analysis as <c>otsim run</c> (report.html, analysis.json,
/// charts/) written into the staging folder before it is moved into place, so every run from the page offers the
/// same report as the command line.
/// </summary>
public static class ReportSeam
{
    /// <summary>Name of the report file in a results folder.</summary>
    public const string ReportFile = "report.html";

    /// <summary>The finishing step for a run of <paramref name="scenario"/> from the page.</summary>
    public static Func<string, CancellationToken, Task>? FinishFor(Scenario scenario)
    {
        string command = $"otsim serve (scenario {scenario.Name}, seed {scenario.Seed}, {scenario.Replications} replications)";
        return (staging, _) =>
        {
            AnalysisPipeline.AnalyseOtSimFolder(staging, null, command, datasetName: scenario.Name);
            return Task.CompletedTask;
        };
    }
}
