using System.Globalization;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace OtSim.Client.Running;

/// <summary>
/// Writes students.parquet from the merged students.csv (so both hold the same rounded values), in row groups of
/// <see cref="RowGroupSize"/> rows. Whole-number columns are 64-bit integers, text columns strings, the rest doubles.
/// </summary>
public static class ParquetExport
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 250_000;

    /// <summary>students.csv rows above which students.parquet is written without <c>--format parquet</c>.</summary>
    public const long AutomaticRowLimit = 1_000_000;

    private static readonly HashSet<string> IntegerColumns = new(StringComparer.Ordinal)
    {
        "design_point", "student_id", "classroom_id", "school_id", "therapist_id", "replication", "seed", "goal_met", "gas_level", "entry_week",
    };

    /// <summary>Whole-number columns that are empty when there is nothing to say (a student who did not leave has no exit week).</summary>
    private static readonly HashSet<string> OptionalIntegerColumns = new(StringComparer.Ordinal) { "exit_week" };

    private static readonly HashSet<string> BuiltInText = new(StringComparer.Ordinal) { "policy", "severity_band", "exit_reason" };

    /// <summary>Converts <paramref name="csvPath"/> to <paramref name="parquetPath"/>; <paramref name="textColumns"/> are extra text columns (factors with text levels).</summary>
    public static async Task WriteAsync(string csvPath, string parquetPath, IReadOnlySet<string> textColumns, CancellationToken cancellationToken)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(csvPath);
        var header = reader.Header.ColNames.ToArray();
        var kinds = header.Select(c => BuiltInText.Contains(c) || textColumns.Contains(c) ? 't' : IntegerColumns.Contains(c) ? 'i' : OptionalIntegerColumns.Contains(c) ? 'n' : 'd').ToArray();
        var fields = header.Select((c, i) => kinds[i] switch
        {
            't' => (DataField)new DataField<string>(c),
            'i' => new DataField<long>(c),
            'n' => new DataField<long?>(c),
            _ => new DataField<double>(c),
        }).ToArray();
        var columns = kinds.Select(_ => new List<string>(RowGroupSize)).ToArray();

        await using (var stream = File.Create(parquetPath))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken);
            while (ReadRowGroup(reader, columns))
            {
                await WriteRowGroupAsync(writer, fields, kinds, columns, cancellationToken);
            }
        }
    }

    /// <summary>Reads up to <see cref="RowGroupSize"/> rows (Sep rows cannot live across an await); false when none were left.</summary>
    private static bool ReadRowGroup(SepReader reader, List<string>[] columns)
    {
        while (columns[0].Count < RowGroupSize && reader.MoveNext())
        {
            var row = reader.Current;
            for (int c = 0; c < columns.Length; c++)
            {
                columns[c].Add(row[c].ToString());
            }
        }

        return columns[0].Count > 0;
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, DataField[] fields, char[] kinds, List<string>[] columns, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            var values = columns[c];
            switch (kinds[c])
            {
                case 't':
                    await group.WriteAsync(fields[c], values);
                    break;
                case 'i':
                    await group.WriteAsync<long>(fields[c], values.Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray(), cancellationToken: cancellationToken);
                    break;
                case 'n':
                    await group.WriteAsync<long>(fields[c], values.Select(v => v.Length == 0 ? (long?)null : long.Parse(v, CultureInfo.InvariantCulture)).ToArray(), cancellationToken: cancellationToken);
                    break;
                default:
                    await group.WriteAsync<double>(fields[c], values.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray(), cancellationToken: cancellationToken);
                    break;
            }
            values.Clear();
        }
    }
}
