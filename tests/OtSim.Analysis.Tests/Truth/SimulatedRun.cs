using OtSim.Analysis.Pipeline;
using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Scenarios;

namespace OtSim.Analysis.Tests.Truth;

/// <summary>Simulates a small scenario with the pure model, writes its results folder and analyses it (no charts rendered).</summary>
public static class SimulatedRun
{
    public static string Root { get; } = FindRoot();

    /// <summary>A small district: 2 schools x 6 classrooms x 4 students, 2 replications.</summary>
    public static string District(double severeShare = 0.2) => $$"""
        "calendar": { "weeks": 36, "holidayWeeks": [12, 17, 18, 27], "testingWeeks": [31, 32], "disruptionRate": 0.02 },
        "district": {
          "schools": 2, "classroomsPerSchool": 6, "studentsPerClassroom": 4, "classSize": 24,
          "severityMix": { "mild": {{(1 - severeShare) / 2}}, "moderate": {{(1 - severeShare) / 2}}, "severe": {{severeShare}} },
          "collaboration": { "mean": 0.5, "sd": 0.25 },
          "routine": { "blocksPerWeek": 10, "blockMinutes": 10 },
          "studentAbsenceRate": 0.07
        },
        "staffing": { "therapists": 6, "fte": 1.0 }
        """;

    /// <summary>Parses a scenario given as JSON text.</summary>
    public static Scenario Parse(string json) => ScenarioLoader.Parse(json, "test.json", Root);

    /// <summary>A shipped scenario cut to a small district.</summary>
    public static Scenario Shipped(string name, ulong seed)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(Root, "scenarios", name + ".json"));
        return scenario with
        {
            Seed = seed,
            Replications = 2,
            District = scenario.District with { Schools = 2 },
        };
    }

    /// <summary>Runs every cell, writes students.csv, therapists.csv and scenario.resolved.json, and analyses the folder.</summary>
    public static AnalysisDocument Analyse(Scenario scenario)
    {
        var folder = Path.Combine(Path.GetTempPath(), "otsim-truth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var engine = new PlainLoopEngine(parallel: false);
            using (var writer = new ResultWriter(folder, scenario, includeWeeks: false))
            {
                for (int p = 0; p < scenario.Policies.Count; p++)
                {
                    for (int r = 1; r <= scenario.Replications; r++)
                    {
                        writer.Write(engine.RunCell(scenario, new SimulationCell(p, r), includeWeeks: false));
                    }
                }

                writer.WriteFile("scenario.resolved.json", ScenarioWriter.ToJson(scenario));
            }

            return AnalysisPipeline.Analyse(DatasetLoader.LoadOtSim(folder), "test");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OtSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"OtSim.sln not found above {AppContext.BaseDirectory}.");
    }
}
