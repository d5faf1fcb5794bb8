using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Running;

/// <summary>
/// Runs every cell of a scenario on an engine, streaming rows to a staging folder, then finishes the folder
/// (resolved scenario, optional analysis) and moves it into place. Cancelling leaves nothing behind.
/// </summary>
public static class RunPipeline
{
    /// <summary>Runs the scenario; returns the per-policy summary.</summary>
    public static async Task<PolicySummary> ExecuteAsync(
        Scenario scenario, ISimulationEngine engine, RunOptions options, Func<string, CancellationToken, Task>? finish, CancellationToken cancellationToken)
    {
        var folder = OutputFolder.Prepare(options.OutputDirectory, options.Overwrite);
        long weekRows = scenario.District.Students * scenario.Calendar.Weeks * scenario.Policies.Count * scenario.Replications;
        bool weeks = options.Weeks ?? weekRows <= RunOptions.AutomaticWeeksRowLimit;
        if (options.Weeks is null && !weeks)
        {
            Console.Error.WriteLine($"Note: weeks.csv would have {weekRows:N0} rows; it is skipped. Add --weeks to write it anyway.");
        }
        var cells = (from p in Enumerable.Range(0, scenario.Policies.Count)
                     from r in Enumerable.Range(1, scenario.Replications)
                     select new SimulationCell(p, r)).ToArray();
        var summary = new PolicySummary(scenario);
        var progress = new ProgressBar(cells.Length, options.ShowProgress);
        var writer = new ResultWriter(folder.StagingPath, scenario, weeks);
        try
        {
            foreach (var cell in cells)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await engine.RunCellAsync(scenario, cell, weeks, cancellationToken);
                writer.Write(result);
                summary.Add(result);
                progress.Advance($"{scenario.Policies[cell.PolicyIndex].Name}, replication {cell.Replication}");
            }
            writer.WriteFile("scenario.resolved.json", ScenarioWriter.ToJson(scenario, ProgramInfo.Version));
            writer.Dispose();
            if (finish is not null)
            {
                await finish(folder.StagingPath, cancellationToken);
            }
            cancellationToken.ThrowIfCancellationRequested();
            folder.Commit();
            return summary;
        }
        catch
        {
            writer.Abandon();
            throw;
        }
    }
}
