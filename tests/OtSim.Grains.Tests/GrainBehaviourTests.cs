using OtSim.Contracts;
using OtSim.Model.Engine;
using OtSim.Model.Scenarios;

namespace OtSim.Grains.Tests;

/// <summary>What each grain answers, called directly on the single-silo cluster.</summary>
[Collection(ClustersCollection.Name)]
public sealed class GrainBehaviourTests(SingleSiloCluster cluster)
{
    // 1 school: 8 classrooms of 3 students; therapist 1 serves classrooms 1-4, therapist 2 serves 5-8.
    private static readonly Scenario Scenario = TestScenarios.SmallDemo(schools: 1);

    private IGrainFactory Grains => cluster.Grains;

    [Fact]
    public async Task ClassroomReturnsItsStudentsInSeatOrderWithSeatIds()
    {
        string runId = await RegisterAsync();
        var result = await Grains.GetGrain<IClassroomGrain>(GrainKeys.Classroom(runId, 6)).SimulateAsync(new CellRequest(0, 1, false));

        Assert.Equal(6, result.ClassroomId);
        Assert.Equal([601L, 602L, 603L], result.Students.Select(s => s.StudentId));
        Assert.All(result.Students, s => Assert.Equal(6, s.ClassroomId));
        Assert.All(result.Students, s => Assert.Equal(2, s.TherapistId));
        Assert.Empty(result.Weeks);

        // The grain's answer is the pure model's answer for that classroom.
        var plain = new PlainLoopEngine(parallel: false).RunCell(Scenario, new SimulationCell(0, 1), includeWeeks: false);
        var expected = plain.Students.Where(s => s.ClassroomId == 6).Select(s => s.StudentId);
        Assert.Equal(expected, result.Students.Select(s => s.StudentId));
        Assert.Equal(
            plain.Students.Where(s => s.ClassroomId == 6).Select(s => (s.Progress, s.DeliveredDirect, s.GasLevel)),
            result.Students.Select(s => (s.Progress, s.DeliveredDirect, s.GasLevel)));
    }

    [Fact]
    public async Task TherapistHandsOutOnlyClassroomsItServes()
    {
        string runId = await RegisterAsync();
        var therapist = Grains.GetGrain<ITherapistGrain>(GrainKeys.Therapist(runId, 0, 1, 1));

        var served = await therapist.GetClassroomServicesAsync(4);
        Assert.Equal([401L, 402L, 403L], served.Select(s => s.StudentId));
        Assert.All(served, s => Assert.Equal(36 * 4, s.Weekly.Length));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => therapist.GetClassroomServicesAsync(5));
        Assert.Contains("Therapist 1 serves classrooms 1-4", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => therapist.GetClassroomServicesAsync(0));
    }

    [Fact]
    public async Task StudentYearMatchesItsClassroomRowAndHasAWholeYearOfWeeks()
    {
        string runId = await RegisterAsync();
        var record = await Grains.GetGrain<IStudentGrain>(GrainKeys.Student(runId, 702)).GetYearAsync(1, 1);
        var classroom = await Grains.GetGrain<IClassroomGrain>(GrainKeys.Classroom(runId, 7)).SimulateAsync(new CellRequest(1, 1, true));

        var row = Assert.Single(classroom.Students, s => s.StudentId == 702);
        Assert.Equal(row, record.Outcome);
        Assert.Equal(36, record.Weeks.Length);
        Assert.Equal(Enumerable.Range(1, 36), record.Weeks.Select(w => w.Week));
        Assert.All(record.Weeks, w => Assert.Equal(702, w.StudentId));
        Assert.Equal(classroom.Weeks.Where(w => w.StudentId == 702), record.Weeks);
        // The trajectory ends where the outcome's true performance ends (before measurement noise).
        Assert.InRange(record.Weeks[^1].Performance, row.EndPerformance - 20, row.EndPerformance + 20);
    }

    [Fact]
    public async Task StudentOfAnEmptySeatIsRejected()
    {
        string runId = await RegisterAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Grains.GetGrain<IStudentGrain>(GrainKeys.Student(runId, 704)).GetYearAsync(0, 1));
        Assert.Contains("Student 704 is not in classroom 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassroomOfAnUnregisteredRunFailsClearlyAndWorksOnceRegistered()
    {
        string runId = "unregistered" + Guid.NewGuid().ToString("N");
        var classroom = Grains.GetGrain<IClassroomGrain>(GrainKeys.Classroom(runId, 1));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => classroom.SimulateAsync(new CellRequest(0, 1, false)));
        Assert.Equal($"Run {runId} has no registered scenario.", error.Message);

        // A failed lookup must not stick: once the run is registered, the very next call works.
        await Grains.GetGrain<IRunGrain>(runId).RegisterAsync(ScenarioWriter.ToJson(Scenario));
        var result = await classroom.SimulateAsync(new CellRequest(0, 1, false));
        Assert.Equal([101L, 102L, 103L], result.Students.Select(s => s.StudentId));
    }

    private async Task<string> RegisterAsync()
    {
        // A fresh run id per test, so no test sees grains another test activated.
        string runId = "behaviour" + Guid.NewGuid().ToString("N");
        await Grains.GetGrain<IRunGrain>(runId).RegisterAsync(ScenarioWriter.ToJson(Scenario));
        return runId;
    }
}
