using System.Text;
using OtSim.Model.Engine;
using OtSim.Model.Output;
using OtSim.Model.Progress;

namespace OtSim.Model.Tests.Output;

/// <summary>
/// A large cell's part file is formatted in chunks on several threads and written in order: the bytes must be those of
/// formatting the same rows one by one, in order, none dropped or repeated, with multi-byte UTF-8 text intact.
/// </summary>
public sealed class ChunkedWriteTests
{
    private const string Prefix = "3,0.5,\"a, \"\"b\"\"\",";

    // Needs quoting and has characters of two and three bytes in UTF-8, so a chunk boundary cannot cut an encoding.
    private const string Policy = "colaboración, \"ü\" — 30";

    private static readonly UTF8Encoding Utf8 = new(false);

    private static (ulong Seed, CellResult Result) RealCell()
    {
        var scenario = TestScenarios.Demo();
        return (scenario.Seed, new PlainLoopEngine(parallel: true).RunCell(scenario, new SimulationCell(0, 1), includeWeeks: true));
    }

    // Every row distinct (its own student id, a severity that differs from its neighbours'), so a swap or a lost chunk shows.
    private static List<StudentOutcome> DistinctStudents(IReadOnlyList<StudentOutcome> real, int count) =>
        Enumerable.Range(0, count).Select(i => real[i % real.Count] with { StudentId = 1_000_000 + i, Severity = i / (double)count }).ToList();

    private static byte[] Written(Action<Stream> write)
    {
        using var bytes = new MemoryStream();
        write(bytes);
        return bytes.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(97)]
    [InlineData(4096)]
    public void ChunkedStudentRowsAreTheRowByRowBytesInOrder(int chunkRows)
    {
        var (seed, result) = RealCell();
        var students = DistinctStudents(result.Students, 20_000);
        var cells = Csv.PrefixCells(Prefix);

        byte[] chunked = Written(s => StudentsCsv.WriteRows(s, students, cells, Policy, 2, seed, chunkRows));

        string expected = LegacyRows.Part(students, Prefix, s => StudentsCsv.Row(s, Policy, 2, seed));
        Assert.Equal(Utf8.GetBytes(expected), chunked);
        Assert.Equal(expected, LegacyRows.Part(students, Prefix, s => LegacyRows.Student(s, Policy, 2, seed)));
    }

    [Fact]
    public void ACellOfSeveralDefaultChunksIsWrittenWholeAndInOrder()
    {
        var (seed, result) = RealCell();
        var students = DistinctStudents(result.Students, (CsvStream.ChunkRows * (CsvStream.SequentialChunks + 3)) + 123);

        string text = Utf8.GetString(Written(s => StudentsCsv.WriteRows(s, students, [], Policy, 1, seed)));

        string[] lines = text.Split('\n');
        Assert.Equal(students.Count + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        for (int i = 0; i < students.Count; i++)
        {
            Assert.Equal(StudentsCsv.Row(students[i], Policy, 1, seed), lines[i]);
        }
    }

    [Fact]
    public void ChunkedWeekAndTherapistRowsAreTheRowByRowBytes()
    {
        var (seed, result) = RealCell();
        Assert.True(result.Weeks.Count > 1000);
        byte[] weeks = Written(s => WeeksCsv.WriteRows(s, result.Weeks, [], Policy, 1, seed, chunkRows: 333));
        Assert.Equal(Utf8.GetBytes(LegacyRows.Part(result.Weeks, "", w => WeeksCsv.Row(w, Policy, 1, seed))), weeks);
        byte[] therapists = Written(s => TherapistsCsv.WriteRows(s, result.Therapists, [], Policy, 1, seed, chunkRows: 1));
        Assert.Equal(Utf8.GetBytes(LegacyRows.Part(result.Therapists, "", t => TherapistsCsv.Row(t, Policy, 1, seed))), therapists);
    }

    [Theory]
    [InlineData(3)] // while the first chunks are written on the calling thread
    [InlineData(40)] // while chunks formatted concurrently are written
    public void AFailingTargetStopsTheWriteWithItsError(int failAfterWrites)
    {
        var (seed, result) = RealCell();
        var students = DistinctStudents(result.Students, 5_000);
        using var target = new FailingStream(failAfterWrites);
        var error = Assert.Throws<IOException>(() => StudentsCsv.WriteRows(target, students, [], Policy, 1, seed, chunkRows: 100));
        Assert.Equal(FailingStream.Message, error.Message);
        Assert.Equal(failAfterWrites, target.Writes);
    }

    private sealed class FailingStream(int failAfterWrites) : MemoryStream
    {
        public const string Message = "disk full (test)";

        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Writes == failAfterWrites)
            {
                throw new IOException(Message);
            }
            Writes++;
            base.Write(buffer, offset, count);
        }
    }
}
