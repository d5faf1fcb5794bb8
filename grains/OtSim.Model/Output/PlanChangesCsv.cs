using nietras.SeparatedValues;
using OtSim.Model.Policies;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Output;

/// <summary>
/// The columns and rows of plan_changes.csv: one row per IEP change, per policy per replication. Written only when a
/// scenario has a responsive policy (no other policy changes plans).
/// </summary>
public static class PlanChangesCsv
{
    /// <summary>The file name.</summary>
    public const string FileName = "plan_changes.csv";

    /// <summary>Column names.</summary>
    public static readonly string[] Columns =
    [
        "policy", "replication", "seed", "student_id", "classroom_id", "therapist_id", "week",
        "direct_before", "integrated_before", "consult_before", "direct_after", "integrated_after", "consult_after", "reason",
    ];

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>Whether a scenario's runs write plan_changes.csv: when any of its policies can change plans.</summary>
    public static bool IsWritten(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Policies.Any(p => p.Kind == PolicyKind.Responsive);
    }

    /// <summary>The <c>reason</c> column's text for <paramref name="reason"/>.</summary>
    public static string ReasonName(PlanChangeReason reason) => reason switch
    {
        PlanChangeReason.BelowAimLine => "below_aim_line",
        PlanChangeReason.MovedIntoRoutine => "moved_into_routine",
        PlanChangeReason.GoalMetFade => "goal_met_fade",
        PlanChangeReason.Dismissed => "dismissed",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "unknown plan change reason"),
    };

    /// <summary>One row, without its line ending.</summary>
    public static string Row(PlanChange change, string policy, int replication, ulong seed) =>
        Csv.FormatRow(w => Write(w, [], change, policy, replication, seed));

    /// <summary>The rows of one cell, each ending in a line feed, after the same <paramref name="prefix"/> cells.</summary>
    public static string Rows(IReadOnlyList<PlanChange> changes, string[] prefix, string policy, int replication, ulong seed)
        => Csv.Written(target => WriteRows(target, changes, prefix, policy, replication, seed));

    /// <summary>
    /// Writes the rows of one cell to <paramref name="target"/> as UTF-8, each ending in a line feed, after the same
    /// <paramref name="prefix"/> cells; a large cell is formatted in chunks on several cores (see <see cref="CsvStream"/>).
    /// </summary>
    public static void WriteRows(Stream target, IReadOnlyList<PlanChange> changes, string[] prefix, string policy, int replication, ulong seed, int chunkRows = CsvStream.ChunkRows)
        => CsvStream.WriteRows(target, changes, (writer, c) => Write(writer, prefix, c, policy, replication, seed), chunkRows);

    /// <summary>Writes one row: the <paramref name="prefix"/> cells, then the change's columns.</summary>
    public static void Write(SepWriter writer, ReadOnlySpan<string> prefix, PlanChange change, string policy, int replication, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(change);
        using var row = writer.NewRow();
        int c = Csv.SetCells(row, prefix);
        row[c++].Set(policy);
        row[c++].Format(replication);
        row[c++].Format(seed);
        row[c++].Format(change.StudentId);
        row[c++].Format(change.ClassroomId);
        row[c++].Format(change.TherapistId);
        row[c++].Format(change.Week);
        row[c++].SetNumber(change.Before.Direct);
        row[c++].SetNumber(change.Before.Integrated);
        row[c++].SetNumber(change.Before.Consult);
        row[c++].SetNumber(change.After.Direct);
        row[c++].SetNumber(change.After.Integrated);
        row[c++].SetNumber(change.After.Consult);
        row[c].Set(ReasonName(change.Reason));
    }
}
