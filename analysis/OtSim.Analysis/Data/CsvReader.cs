using System.Text;

namespace OtSim.Analysis.Data;

/// <summary>Splits RFC 4180 CSV text into records: quoted fields, doubled quotes, and line breaks inside quotes.</summary>
internal static class CsvReader
{
    /// <summary>One parsed record and the 1-based file line on which it starts.</summary>
    internal sealed record Record(IReadOnlyList<string> Fields, int Line);

    public static IEnumerable<Record> Read(TextReader reader, string fileName)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldWasQuoted = false;
        var line = 1;
        var recordLine = 1;
        var recordHasContent = false;

        while (true)
        {
            var next = reader.Read();
            if (next == -1)
            {
                break;
            }

            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    inQuotes = true;
                    fieldWasQuoted = true;
                    recordHasContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    recordHasContent = true;
                    break;
                case '\r':
                    // A CR is only a line break when part of CRLF or alone; either way the LF branch or this one ends the record.
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    goto case '\n';
                case '\n':
                    if (recordHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new Record(fields.ToArray(), recordLine);
                    }

                    fields.Clear();
                    field.Clear();
                    fieldWasQuoted = false;
                    recordHasContent = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    recordHasContent = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new DataFormatException(
                $"{fileName}: a quoted field that starts on line {recordLine} is never closed (missing \")",
                fileName);
        }

        if (recordHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new Record(fields.ToArray(), recordLine);
        }
    }
}
