using System.Globalization;

namespace OtSim.Model.Scenarios;

/// <summary>
/// Reads per-student plans: a CSV with the header <c>student_id,direct,integrated,consult</c>
/// (weekly minutes). Students not listed get the policy's own minutes.
/// </summary>
public static class StudentPlanCsv
{
    private static readonly string[] Header = ["student_id", "direct", "integrated", "consult"];

    /// <summary>Reads and validates the file.</summary>
    public static IReadOnlyDictionary<long, ServiceMinutes> Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new ScenarioException(path, "the per-student plan file does not exist");
        }
        var lines = System.IO.File.ReadAllLines(path);
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new ScenarioException(path, $"the file is empty; it needs the header {string.Join(",", Header)}");
        }
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        if (!header.SequenceEqual(Header))
        {
            throw new ScenarioException(path, "header", $"\"{lines[0]}\"", $"the header must be {string.Join(",", Header)}");
        }
        var plans = new Dictionary<long, ServiceMinutes>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var cells = lines[i].Split(',');
            int row = i + 1;
            if (cells.Length != Header.Length)
            {
                throw new ScenarioException(path, $"row {row}", $"\"{lines[i]}\"", $"each row needs {Header.Length} values");
            }
            if (!long.TryParse(cells[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long id) || id <= 0)
            {
                throw new ScenarioException(path, $"row {row}, student_id", $"\"{cells[0]}\"", "it must be a positive whole number");
            }
            var values = new double[3];
            for (int c = 1; c < 4; c++)
            {
                if (!double.TryParse(cells[c].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[c - 1])
                    || values[c - 1] < 0 || values[c - 1] > ScenarioLimits.MaxWeeklyMinutes)
                {
                    throw new ScenarioException(path, $"row {row}, {Header[c]}", $"\"{cells[c]}\"", $"it must be a number of weekly minutes from 0 to {ScenarioLimits.MaxWeeklyMinutes}");
                }
            }
            if (!plans.TryAdd(id, new ServiceMinutes(values[0], values[1], values[2])))
            {
                throw new ScenarioException(path, $"row {row}, student_id", id.ToString(CultureInfo.InvariantCulture), "each student may appear once");
            }
        }
        return plans;
    }
}
