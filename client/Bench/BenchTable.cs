using System.Globalization;
using System.Text;

namespace OtSim.Client.Bench;

/// <summary>Formats benchmark results as a markdown table.</summary>
public static class BenchTable
{
    /// <summary>One row per size and engine; ratios are to the plain loop on all cores at the same size.</summary>
    public static string Format(IReadOnlyList<SizeResult> sizes)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| students | classrooms | therapists | engine | median wall s | min-max s | student-weeks/s | µs/student | wall / plain (all cores) | median CPU s | alloc bytes/student | peak WS growth bytes/student | peak heap growth bytes/student | peak working set MB |");
        text.AppendLine("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            foreach (var e in size.Engines)
            {
                string ratio = size.RatioToPlain(e) is { } r ? r.ToString("F2", c) : "-";
                text.AppendLine(string.Create(c,
                    $"| {size.Students:N0} | {size.Classrooms:N0} | {size.Therapists:N0} | {e.Engine} | {e.MedianSeconds:F3} | " +
                    $"{e.Seconds.Min():F3}-{e.Seconds.Max():F3} | {size.StudentWeeksPerSecond(e):N0} | {size.MicrosecondsPerStudent(e):F2} | {ratio} | " +
                    $"{e.MedianCpuSeconds:F3} | {e.AllocatedBytesPerStudent:N0} | {e.WorkingSetGrowthBytes / (double)size.Students:N0} | " +
                    $"{e.HeapGrowthBytes / (double)size.Students:N0} | {e.PeakWorkingSetBytes / (1024.0 * 1024.0):N0} |"));
            }
        }
        return text.ToString();
    }
}
