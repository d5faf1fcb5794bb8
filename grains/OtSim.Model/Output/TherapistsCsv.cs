using nietras.SeparatedValues;
using OtSim.Model.Engine;

namespace OtSim.Model.Output;

/// <summary>The columns and rows of therapists.csv: one row per therapist per policy per replication.</summary>
public static class TherapistsCsv
{
    /// <summary>Column names.</summary>
    public static readonly string[] Columns =
    [
        "policy", "replication", "seed", "therapist_id", "fte", "schools", "caseload",
        "capacity_minutes", "demand_minutes", "delivered_minutes", "capacity_used", "compliance",
        "therapist_minutes", "vacant_weeks", "covered_minutes", "contract_weeks", "contract_cost",
    ];

    /// <summary>The columns main wrote before group sessions and vacancies; the later ones are appended after them.</summary>
    public const int OriginalColumns = 12;

    /// <summary>The header line.</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>One row, without its line ending.</summary>
    public static string Row(TherapistSummary t, string policy, int replication, ulong seed) =>
        Csv.FormatRow(w => Write(w, [], t, policy, replication, seed));

    /// <summary>The rows of one cell, each ending in a line feed, after the same <paramref name="prefix"/> cells.</summary>
    public static string Rows(IReadOnlyList<TherapistSummary> therapists, string[] prefix, string policy, int replication, ulong seed)
        => Csv.Written(target => WriteRows(target, therapists, prefix, policy, replication, seed));

    /// <summary>
    /// Writes the rows of one cell to <paramref name="target"/> as UTF-8, each ending in a line feed, after the same
    /// <paramref name="prefix"/> cells; a large cell is formatted in chunks on several cores (see <see cref="CsvStream"/>).
    /// </summary>
    public static void WriteRows(Stream target, IReadOnlyList<TherapistSummary> therapists, string[] prefix, string policy, int replication, ulong seed, int chunkRows = CsvStream.ChunkRows)
        => CsvStream.WriteRows(target, therapists, (writer, t) => Write(writer, prefix, t, policy, replication, seed), chunkRows);

    /// <summary>Writes one row: the <paramref name="prefix"/> cells, then the therapist's columns.</summary>
    public static void Write(SepWriter writer, ReadOnlySpan<string> prefix, TherapistSummary t, string policy, int replication, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(t);
        using var row = writer.NewRow();
        int c = Csv.SetCells(row, prefix);

        row[c++].Set(policy);
        row[c++].Format(replication);
        row[c++].Format(seed);
        row[c++].Format(t.TherapistId);
        row[c++].SetNumber(t.Fte);
        row[c++].Format(t.Schools);
        row[c++].Format(t.Caseload);
        row[c++].SetNumber(t.CapacityMinutes);
        row[c++].SetNumber(t.DemandMinutes);
        row[c++].SetNumber(t.DeliveredMinutes);
        row[c++].SetNumber(t.CapacityMinutes > 0 ? Math.Min(1, t.TherapistMinutes / t.CapacityMinutes) : 0);
        row[c++].SetNumber(t.DemandMinutes > 0 ? t.DeliveredMinutes / t.DemandMinutes : 1);
        row[c++].SetNumber(t.TherapistMinutes);
        row[c++].Format(t.VacantWeeks);
        row[c++].SetNumber(t.CoveredMinutes);
        row[c++].Format(t.ContractWeeks);
        row[c].SetNumber(t.ContractCost);
    }
}
