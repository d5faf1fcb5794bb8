using System.Diagnostics;
using System.Globalization;
using OtSim.Analysis.Pipeline;
using Xunit.Abstractions;

namespace OtSim.Analysis.Tests.Data;

/// <summary>
/// Columns are held as numbers as they are read, and columns no role names are not held at all, so loading costs
/// a few dozen bytes a row instead of a string per cell. Prints bytes/row and rows/s:
/// dotnet test tests/OtSim.Analysis.Tests -c Release --filter "FullyQualifiedName~LoadMemory" --logger "console;verbosity=detailed"
/// </summary>
[Collection(MemoryMeasurement.Name)]
public sealed class LoadMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const int Rows = 300_000;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"otsim-load-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void LoadingATidyCsvHoldsNumbersNotText()
    {
        using (var writer = new StreamWriter(_path))
        {
            writer.WriteLine("student_id,classroom,program,severity,baseline,minutes,progress");
            var random = new Random(7);
            string[] programs = ["blanket-30", "collaborative", "needs-based"];
            for (int i = 0; i < Rows; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i + 1},c{i / 100},{programs[i % 3]},{random.NextDouble():F4},{40 + (random.NextDouble() * 20):F3},{random.Next(0, 18000) / 10.0},{random.NextDouble() * 10:F4}"));
            }
        }

        var options = new ExternalAnalysisOptions("progress", "minutes", ["severity", "baseline"], "classroom", null, false);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var input = DatasetLoader.LoadExternal(_path, options);
        clock.Stop();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        double bytesPerRow = (after - before) / (double)Rows;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Rows:N0} rows, 7 columns (4 numeric and 1 text used): {bytesPerRow:F0} bytes/row held, {Rows / clock.Elapsed.TotalSeconds:N0} rows/s"));

        Assert.Equal(Rows, input.Data.RowCount);
        // Four doubles (32 bytes) and one label reference per row (8 bytes) plus the shared label strings.
        Assert.InRange(bytesPerRow, 32, 90);
        GC.KeepAlive(input);
    }
}

/// <summary>Memory is measured process-wide, so tests that measure it run while no other test allocates or frees.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    /// <summary>The collection's name.</summary>
    public const string Name = "memory measurement";
}
