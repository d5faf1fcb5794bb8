using nietras.SeparatedValues;

namespace OtSim.Analysis.Data;

/// <summary>Splits RFC 4180 CSV text into records with Sep: quoted fields, doubled quotes, and line breaks inside quotes.</summary>
internal static class CsvReader
{
    /// <summary>One parsed record and the 1-based file line on which it starts.</summary>
    internal sealed record Record(IReadOnlyList<string> Fields, int Line);

    /// <summary>A Sep reader for the dialect: no header handling (callers check it), values unescaped, any column count.</summary>
    public static SepReader Open(TextReader reader, CsvDialect dialect) =>
        Sep.New(dialect.Separator)
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true })
            .From(reader);

    /// <summary>Records in file order; blank lines are skipped.</summary>
    /// <exception cref="DataFormatException">A quoted field is never closed.</exception>
    public static IEnumerable<Record> Read(TextReader reader, string fileName, CsvDialect? dialect = null)
    {
        using var sep = Open(reader, dialect ?? CsvDialect.Default);
        var batch = new List<Record>();
        while (ReadBatch(sep, fileName, batch))
        {
            foreach (var record in batch)
            {
                yield return record;
            }
        }
    }

    private static bool ReadBatch(SepReader sep, string fileName, List<Record> batch)
    {
        batch.Clear();
        while (batch.Count < 4096 && sep.MoveNext())
        {
            var row = sep.Current;
            if (IsBlank(row))
            {
                continue;
            }

            CheckQuotes(row, fileName);
            var fields = new string[row.ColCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            batch.Add(new Record(fields, row.LineNumberFrom));
        }

        return batch.Count > 0;
    }

    /// <summary>An empty line (one empty value).</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row.Span.Length == 0;

    /// <summary>Refuses a record whose quotes do not pair up (a quoted field that is never closed runs to the end of the file).</summary>
    public static void CheckQuotes(SepReader.Row row, string fileName)
    {
        var span = row.Span;
        if (span.IndexOf('"') >= 0 && span.Count('"') % 2 != 0)
        {
            throw new DataFormatException(
                $"{fileName}: a quoted field that starts on line {row.LineNumberFrom} is never closed (missing \")",
                fileName);
        }
    }
}
