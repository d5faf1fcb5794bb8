using System.Globalization;
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
        "design_point", "student_id", "classroom_id", "school_id", "therapist_id", "replication", "seed", "goal_met", "gas_level",
    };

    private static readonly HashSet<string> BuiltInText = new(StringComparer.Ordinal) { "policy", "severity_band" };

    /// <summary>Converts <paramref name="csvPath"/> to <paramref name="parquetPath"/>; <paramref name="textColumns"/> are extra text columns (factors with text levels).</summary>
    public static async Task WriteAsync(string csvPath, string parquetPath, IReadOnlySet<string> textColumns, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(csvPath);
        var header = (await reader.ReadLineAsync(cancellationToken) ?? "").Split(',');
        var kinds = header.Select(c => BuiltInText.Contains(c) || textColumns.Contains(c) ? 't' : IntegerColumns.Contains(c) ? 'i' : 'd').ToArray();
        var fields = header.Select((c, i) => kinds[i] switch
        {
            't' => (DataField)new DataField<string>(c),
            'i' => new DataField<long>(c),
            _ => new DataField<double>(c),
        }).ToArray();
        var columns = kinds.Select(_ => new List<string>(RowGroupSize)).ToArray();

        await using (var stream = File.Create(parquetPath))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken);
            string? line;
            while ((line = await reader.ReadLineAsync(cancellationToken)) is not null)
            {
                var cells = Csv.Split(line);
                for (int c = 0; c < columns.Length; c++)
                {
                    columns[c].Add(cells[c]);
                }
                if (columns[0].Count == RowGroupSize)
                {
                    await WriteRowGroupAsync(writer, fields, kinds, columns, cancellationToken);
                }
            }
            if (columns[0].Count > 0)
            {
                await WriteRowGroupAsync(writer, fields, kinds, columns, cancellationToken);
            }
        }
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
                default:
                    await group.WriteAsync<double>(fields[c], values.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray(), cancellationToken: cancellationToken);
                    break;
            }
            values.Clear();
        }
    }

    /// <summary>CSV splitting for the rows this program writes (quoted cells only when they hold a comma or quote).</summary>
    private static class Csv
    {
        public static List<string> Split(string line)
        {
            var cells = new List<string>();
            int i = 0;
            while (i <= line.Length)
            {
                if (i < line.Length && line[i] == '"')
                {
                    var sb = new System.Text.StringBuilder();
                    i++;
                    while (i < line.Length)
                    {
                        if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                        }
                        else if (line[i] == '"')
                        {
                            i++;
                            break;
                        }
                        else
                        {
                            sb.Append(line[i++]);
                        }
                    }
                    cells.Add(sb.ToString());
                    i++; // the comma
                }
                else
                {
                    int comma = line.IndexOf(',', i);
                    int end = comma < 0 ? line.Length : comma;
                    cells.Add(line[i..end]);
                    i = end + 1;
                }
            }
            return cells;
        }
    }
}
