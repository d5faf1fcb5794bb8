using System.Globalization;
using OtSim.Analysis.Data;

namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Students on the caseload for part of the year (students.csv <c>entry_week</c> after 1, or an <c>exit_week</c>), as
/// docs/MODEL.md defines them: their progress is measured at exit over fewer weeks, so it is not comparable with a
/// full-year student's, and their minutes are fewer for the same reason. Kept in the models they would tie minutes to
/// progress through the weeks served alone, so the models and policy comparisons use full-year students; part-year
/// students are counted, with their goal attainment against the goal pro-rated to the weeks served.
/// </summary>
public static class PartYearStudents
{
    /// <summary>The columns this reads when present (results written before caseload churn lack them).</summary>
    public static readonly IReadOnlyList<string> Columns = ["entry_week", "exit_week", "exit_reason"];

    /// <summary>Which rows are part-year students, or null when the table has no churn columns.</summary>
    public static bool[]? Find(TidyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!table.HasColumn("entry_week") || !table.HasColumn("exit_week"))
        {
            return null;
        }
        var entry = table.GetNumeric("entry_week");
        var exit = table.GetNumeric("exit_week", allowMissing: true);
        // A student dismissed by a responsive policy stays in class and is measured at year end: a full-year student.
        var reasons = table.HasColumn("exit_reason") ? table.GetText("exit_reason") : null;
        var partYear = new bool[entry.Length];
        for (int i = 0; i < partYear.Length; i++)
        {
            partYear[i] = entry[i] > 1 || (!double.IsNaN(exit[i]) && !(reasons?[i] == "dismissed"));
        }
        return partYear;
    }

    /// <summary>
    /// Leaves the part-year rows out of <paramref name="data"/> (same row order as the table) and says so in
    /// <paramref name="notes"/>, with their share meeting the pro-rated goal when <c>goal_met</c> was read.
    /// </summary>
    public static AnalysisData Exclude(AnalysisData data, bool[]? partYear, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(notes);
        if (partYear is null)
        {
            return data;
        }
        int count = partYear.Count(p => p);
        if (count == 0)
        {
            return data;
        }
        if (count == partYear.Length)
        {
            throw new DataFormatException("students.csv: every student entered or left the caseload during the year; the analysis needs students on the caseload all year", "students.csv", "exit_week");
        }
        string goals = "";
        if (data.Numeric.TryGetValue("goal_met", out var met))
        {
            double share = Enumerable.Range(0, partYear.Length).Where(i => partYear[i]).Average(i => met[i]);
            goals = string.Create(CultureInfo.InvariantCulture, $"; {share * 100:0} % of them met their goal pro-rated to the weeks they were served");
        }
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{count} of {partYear.Length} student rows were on the caseload for part of the year (entered or left during it){goals}. Their progress covers fewer weeks, so the models and policy comparisons use the {partYear.Length - count} full-year rows (docs/MODEL.md, \"A caseload that moves\")."));
        return data.Where(i => !partYear[i]);
    }
}
