using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace OtSim.Model.Scenarios;

/// <summary>
/// Reads per-student plans: a CSV with the header <c>student_id,direct,integrated,consult</c>
/// (weekly minutes). Students not listed get the policy's own minutes. Read with Sep: RFC 4180 quoting
/// (a quoted <c>"101"</c> is 101), spaces around values ignored, blank lines skipped.
/// </summary>
public static class StudentPlanCsv
{
    private static readonly string[] Header = ["student_id", "direct", "integrated", "consult"];

    /// <summary>Reads and validates the file.</summary>
    public static IReadOnlyDictionary<long, ServiceMinutes> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScenarioException(path, "the per-student plan file does not exist");
        }

        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.New(',')
            .Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true })
            .From(text);
        var plans = new Dictionary<long, ServiceMinutes>();
        bool headerSeen = false;
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            int line = row.LineNumberFrom;
            string raw = row.Span.ToString();
            if (!headerSeen)
            {
                var header = new string[row.ColCount];
                for (int i = 0; i < header.Length; i++)
                {
                    header[i] = row[i].ToString();
                }

                if (!header.SequenceEqual(Header))
                {
                    throw new ScenarioException(path, "header", $"\"{raw}\"", $"the header must be {string.Join(",", Header)}");
                }

                headerSeen = true;
                continue;
            }

            if (row.ColCount != Header.Length)
            {
                throw new ScenarioException(path, $"row {line}", $"\"{raw}\"", $"each row needs {Header.Length} values");
            }

            if (!long.TryParse(row[0].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out long id) || id <= 0)
            {
                throw new ScenarioException(path, $"row {line}, student_id", $"\"{row[0]}\"", "it must be a positive whole number");
            }

            var values = new double[3];
            for (int c = 1; c < 4; c++)
            {
                if (!double.TryParse(row[c].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out values[c - 1])
                    || !double.IsFinite(values[c - 1]) || values[c - 1] < 0 || values[c - 1] > ScenarioLimits.MaxWeeklyMinutes)
                {
                    throw new ScenarioException(path, $"row {line}, {Header[c]}", $"\"{row[c]}\"", $"it must be a number of weekly minutes from 0 to {ScenarioLimits.MaxWeeklyMinutes}");
                }
            }

            if (!plans.TryAdd(id, new ServiceMinutes(values[0], values[1], values[2])))
            {
                throw new ScenarioException(path, $"row {line}, student_id", id.ToString(CultureInfo.InvariantCulture), "each student may appear once");
            }
        }

        if (!headerSeen)
        {
            throw new ScenarioException(path, $"the file is empty; it needs the header {string.Join(",", Header)}");
        }

        return plans;
    }
}
