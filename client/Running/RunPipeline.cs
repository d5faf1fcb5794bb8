using System.Diagnostics;
using System.Text;
using OtSim.Model.Engine;
using OtSim.Model.Experiments;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Client.Running;

/// <summary>
/// Runs every cell of a scenario (design point x policy x replication) on an engine. Each finished cell goes to its
/// own part files in the results folder's work folder and into its manifest, so a stopped run resumes where it
/// stopped. At the end the parts are merged in cell order, the folder is finished (resolved scenario, optional
/// Parquet, the <c>finish</c> callback) and moved into place; the output is the same whether or not the run resumed.
/// </summary>
public static class RunPipeline
{
    private const string PlanChanges = "plan_changes";

    /// <summary>Runs the scenario; returns the per-policy summary.</summary>
    public static async Task<PolicySummary> ExecuteAsync(
        Scenario scenario, ISimulationEngine engine, RunOptions options, Func<string, CancellationToken, Task>? finish, CancellationToken cancellationToken)
    {
        PhaseTimer.Mark("pipeline start");
        using var hold = ResultsLock.Acquire(options.OutputDirectory);
        var folder = OutputFolder.Prepare(options.OutputDirectory, options.Overwrite);
        var plan = RunPlan.Create(scenario);
        long weekRows = plan.WeekRows;
        bool weeks = options.Weeks ?? weekRows <= RunOptions.AutomaticWeeksRowLimit;
        if (options.Weeks is null && !weeks)
        {
            Console.Error.WriteLine($"Note: weeks.csv would have {weekRows:N0} rows; it is skipped. Add --weeks to write it anyway.");
        }
        string[] kinds = weeks ? ["students", "therapists", "weeks"] : ["students", "therapists"];
        if (scenario.Churn.HasReferrals)
        {
            kinds = [.. kinds, "evaluations"];
        }
        if (PlanChangesCsv.IsWritten(scenario))
        {
            kinds = [.. kinds, PlanChanges];
        }
        var work = WorkFolder.Open(folder.FinalPath, WorkFolder.Identity(ScenarioWriter.ToJson(scenario), weeks), options.Overwrite);
        var done = work.ReadManifest(kinds);
        if (done.Count > 0)
        {
            Console.Error.WriteLine($"Resuming: {done.Count} of {plan.Cells.Count} cells were already finished.");
        }

        var summary = new PolicySummary(scenario, scenario.Replications * plan.DesignPoints);
        var progress = new ProgressBar(plan.Cells.Count, done.Count, options.ShowProgress);
        foreach (var planned in plan.Cells.Where(c => done.ContainsKey(c.Key)))
        {
            summary.Add(planned.Cell.PolicyIndex, done[planned.Key]);
        }
        var pending = plan.Cells.Where(c => !done.ContainsKey(c.Key));
        PhaseTimer.Mark("work folder ready");
        bool first = true;
        var writing = TimeSpan.Zero;
        var simulating = TimeSpan.Zero;
        await using var cells = CellScheduler.RunAsync(engine, pending, weeks, CellScheduler.Bound(plan.StudentRows / Math.Max(1, plan.Cells.Count)), cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            // Time spent waiting for the next finished cells: for the plain loop, which computes a cell on this call, the simulation itself.
            long waitStart = Stopwatch.GetTimestamp();
            bool more = await cells.MoveNextAsync();
            simulating += Stopwatch.GetElapsedTime(waitStart);
            if (!more)
            {
                break;
            }
            var batch = cells.Current;
            if (first)
            {
                PhaseTimer.Mark("first cell done");
                first = false;
            }
            var finished = batch.Select(b => (b.Planned, Totals: CellTotals.From(b.Result))).ToList();
            long writeStart = Stopwatch.GetTimestamp();
            foreach (var (planned, result) in batch)
            {
                WriteParts(work, planned, result, weeks);
            }
            work.MarkDone(finished.Select(f => (f.Planned.Key, f.Totals)));
            writing += Stopwatch.GetElapsedTime(writeStart);
            foreach (var (planned, totals) in finished)
            {
                summary.Add(planned.Cell.PolicyIndex, totals);
                progress.Advance(Label(planned));
            }
            cancellationToken.ThrowIfCancellationRequested();
        }

        cancellationToken.ThrowIfCancellationRequested();
        PhaseTimer.Mark(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"all cells done and parts written ({simulating.TotalSeconds:0.000} s of it waiting for the engine, which for the plain loop is its simulation time; {writing.TotalSeconds:0.000} s writing part files and the manifest)"));
        await AssembleAsync(plan, work, kinds, options, finish, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        folder.Publish(work.StagedPath);
        work.Delete();
        PhaseTimer.Mark("merged and published");
        return summary;
    }

    private static void WriteParts(WorkFolder work, PlannedCell planned, CellResult result, bool weeks)
    {
        string policy = planned.Scenario.Policies[planned.Cell.PolicyIndex].Name;
        int replication = planned.Cell.Replication;
        ulong seed = planned.Scenario.Seed;
        string[] prefix = Csv.PrefixCells(planned.RowPrefix);
        work.WritePart(planned.Key, "students", part => StudentsCsv.WriteRows(part, result.Students, prefix, policy, replication, seed));
        work.WritePart(planned.Key, "therapists", part => TherapistsCsv.WriteRows(part, result.Therapists, prefix, policy, replication, seed));
        if (weeks)
        {
            work.WritePart(planned.Key, "weeks", part => WeeksCsv.WriteRows(part, result.Weeks, prefix, policy, replication, seed));
        }
        if (planned.Scenario.Churn.HasReferrals)
        {
            work.WritePart(planned.Key, "evaluations", part => EvaluationsCsv.WriteRows(part, result.Evaluations, prefix, policy, replication, seed, planned.Scenario.Calendar.Weeks));
        }
        if (PlanChangesCsv.IsWritten(planned.Scenario))
        {
            work.WritePart(planned.Key, PlanChanges, part => PlanChangesCsv.WriteRows(part, result.PlanChanges, prefix, policy, replication, seed));
        }
    }

    /// <summary>Builds the final folder inside the work folder: merged CSVs, resolved scenario, Parquet, then <paramref name="finish"/>.</summary>
    private static async Task AssembleAsync(
        RunPlan plan, WorkFolder work, string[] kinds, RunOptions options, Func<string, CancellationToken, Task>? finish, CancellationToken cancellationToken)
    {
        string staged = work.StagedPath;
        if (Directory.Exists(staged))
        {
            Directory.Delete(staged, recursive: true);
        }
        Directory.CreateDirectory(staged);
        foreach (string kind in kinds)
        {
            string header = kind switch
            {
                "students" => StudentsCsv.Header, "therapists" => TherapistsCsv.Header, "evaluations" => EvaluationsCsv.Header, PlanChanges => PlanChangesCsv.Header, _ => WeeksCsv.Header,
            };
            await MergeAsync(plan, work, kind, plan.HeaderPrefix + header, Path.Combine(staged, kind + ".csv"), cancellationToken);
        }
        WorkFolder.WriteAtomically(Path.Combine(staged, "scenario.resolved.json"), ScenarioWriter.ToJson(plan.Scenario, ProgramInfo.Version));
        if (options.Parquet ?? plan.StudentRows > ParquetExport.AutomaticRowLimit)
        {
            string target = Path.Combine(staged, "students.parquet");
            await ParquetExport.WriteAsync(Path.Combine(staged, "students.csv"), target + ".tmp", TextFactorColumns(plan.Scenario), cancellationToken);
            File.Move(target + ".tmp", target, overwrite: true);
        }
        if (finish is not null)
        {
            await finish(staged, cancellationToken);
        }
    }

    private static async Task MergeAsync(RunPlan plan, WorkFolder work, string kind, string header, string target, CancellationToken cancellationToken)
    {
        await using (var output = new FileStream(target + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            await output.WriteAsync(Encoding.UTF8.GetBytes(header + "\n"), cancellationToken);
            foreach (var planned in plan.Cells)
            {
                await using var part = File.OpenRead(work.PartPath(planned.Key, kind));
                await part.CopyToAsync(output, 1 << 20, cancellationToken);
            }
        }
        File.Move(target + ".tmp", target, overwrite: true);
    }

    private static HashSet<string> TextFactorColumns(Scenario scenario)
    {
        var text = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in scenario.Experiment?.Factors ?? [])
        {
            if (f.Levels.Any(l => !double.TryParse(l, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                text.Add(ExperimentDesign.ColumnName(f.Name));
            }
        }
        return text;
    }

    private static string Label(PlannedCell planned)
    {
        string cell = $"{planned.Scenario.Policies[planned.Cell.PolicyIndex].Name}, replication {planned.Cell.Replication}";
        return planned.DesignPoint > 0 ? $"design point {planned.DesignPoint}, {cell}" : cell;
    }
}
