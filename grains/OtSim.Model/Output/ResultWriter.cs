using System.Text;
using nietras.SeparatedValues;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Output;

/// <summary>
/// Streams cell results into CSV files in a staging folder. Nothing appears at the final path until
/// <see cref="Commit"/> renames the staging folder, so a crash or Ctrl+C leaves no half-written results.
/// </summary>
public sealed class ResultWriter : IDisposable
{
    private readonly Scenario _scenario;
    private readonly StreamWriter _students;
    private readonly StreamWriter _therapists;
    private readonly StreamWriter? _weeks;
    private readonly StreamWriter? _evaluations;
    private readonly SepWriter _studentRows;
    private readonly SepWriter _therapistRows;
    private readonly SepWriter? _weekRows;
    private readonly SepWriter? _evaluationRows;
    private readonly StreamWriter? _planChanges;
    private readonly SepWriter? _planChangeRows;
    private bool _closed;

    /// <summary>Opens the files in <paramref name="stagingDirectory"/> (created if needed).</summary>
    public ResultWriter(string stagingDirectory, Scenario scenario, bool includeWeeks)
    {
        _scenario = scenario;
        StagingDirectory = stagingDirectory;
        Directory.CreateDirectory(stagingDirectory);
        _students = Open("students.csv", StudentsCsv.Header);
        _therapists = Open("therapists.csv", TherapistsCsv.Header);
        _weeks = includeWeeks ? Open("weeks.csv", WeeksCsv.Header) : null;
        _studentRows = Csv.RowWriter(_students);
        _therapistRows = Csv.RowWriter(_therapists);
        _weekRows = _weeks is null ? null : Csv.RowWriter(_weeks);
        _evaluations = scenario.Churn.HasReferrals ? Open("evaluations.csv", EvaluationsCsv.Header) : null;
        _evaluationRows = _evaluations is null ? null : Csv.RowWriter(_evaluations);
        _planChanges = PlanChangesCsv.IsWritten(scenario) ? Open(PlanChangesCsv.FileName, PlanChangesCsv.Header) : null;
        _planChangeRows = _planChanges is null ? null : Csv.RowWriter(_planChanges);
    }

    /// <summary>The folder the files are written in.</summary>
    public string StagingDirectory { get; }

    /// <summary>Appends one cell's rows.</summary>
    public void Write(CellResult result)
    {
        string policy = _scenario.Policies[result.Cell.PolicyIndex].Name;
        int replication = result.Cell.Replication;
        ulong seed = _scenario.Seed;
        foreach (var student in result.Students)
        {
            StudentsCsv.Write(_studentRows, [], student, policy, replication, seed);
        }
        foreach (var therapist in result.Therapists)
        {
            TherapistsCsv.Write(_therapistRows, [], therapist, policy, replication, seed);
        }
        foreach (var evaluation in _evaluationRows is null ? [] : result.Evaluations)
        {
            EvaluationsCsv.Write(_evaluationRows!, [], evaluation, policy, replication, seed, _scenario.Calendar.Weeks);
        }
        if (_weekRows is not null)
        {
            for (int i = 0; i < result.Weeks.Count; i++)
            {
                WeeksCsv.Write(_weekRows, [], result.Weeks[i], policy, replication, seed);
            }
        }
        if (_planChangeRows is not null)
        {
            foreach (var change in result.PlanChanges)
            {
                PlanChangesCsv.Write(_planChangeRows, [], change, policy, replication, seed);
            }
        }
    }

    /// <summary>Writes an extra file into the staging folder (temp name, then rename).</summary>
    public void WriteFile(string name, string content)
    {
        string path = Path.Combine(StagingDirectory, name);
        File.WriteAllText(path + ".tmp", content, new UTF8Encoding(false));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Flushes and closes the files, then moves the staging folder to <paramref name="finalDirectory"/>.</summary>
    public void Commit(string finalDirectory)
    {
        Close();
        string? parent = Path.GetDirectoryName(Path.GetFullPath(finalDirectory));
        if (parent is not null)
        {
            Directory.CreateDirectory(parent);
        }
        Directory.Move(StagingDirectory, finalDirectory);
    }

    /// <summary>Closes the files and deletes the staging folder.</summary>
    public void Abandon()
    {
        Close();
        if (Directory.Exists(StagingDirectory))
        {
            Directory.Delete(StagingDirectory, recursive: true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Close();

    private StreamWriter Open(string name, string header)
    {
        var writer = new StreamWriter(Path.Combine(StagingDirectory, name), false, new UTF8Encoding(false), 1 << 16);
        writer.Write(header);
        writer.Write('\n');
        return writer;
    }

    private void Close()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _studentRows.Dispose();
        _therapistRows.Dispose();
        _weekRows?.Dispose();
        _evaluationRows?.Dispose();
        _evaluations?.Dispose();
        _planChangeRows?.Dispose();
        _students.Dispose();
        _therapists.Dispose();
        _weeks?.Dispose();
        _planChanges?.Dispose();
    }
}
