using OtSim.Contracts;
using OtSim.Model.District;
using OtSim.Model.Services;

namespace OtSim.Grains;

/// <inheritdoc cref="ITherapistGrain" />
public sealed class TherapistGrain(ScenarioCatalog catalog) : Grain, ITherapistGrain
{
    private TherapistYear? _year;
    private DistrictLayout? _layout;

    /// <inheritdoc />
    public async Task<ServiceYearMessage[]> GetClassroomServicesAsync(int classroomId)
    {
        var year = await ScheduleAsync();
        var (first, last) = _layout!.ClassroomsOf(year.TherapistId);
        if (classroomId < first || classroomId > last)
        {
            throw new ArgumentOutOfRangeException(nameof(classroomId), classroomId, $"Therapist {year.TherapistId} serves classrooms {first}-{last}.");
        }
        return Slice(year, classroomId - first);
    }

    /// <inheritdoc />
    public async Task<TherapistCellResult> RunCellAsync(CellRequest request)
    {
        var year = await ScheduleAsync();
        var (runId, parts) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (request.PolicyIndex != int.Parse(parts[0], invariant) || request.Replication != int.Parse(parts[1], invariant))
        {
            throw new ArgumentException($"Therapist grain of cell {parts[0]}/{parts[1]} was asked to run cell {request.PolicyIndex}/{request.Replication}.", nameof(request));
        }
        var (first, last) = _layout!.ClassroomsOf(year.TherapistId);
        var calls = new Task<ClassroomResult>[last - first + 1];
        for (int k = 0; k < calls.Length; k++)
        {
            var classroom = GrainFactory.GetGrain<IClassroomGrain>(GrainKeys.Classroom(runId, first + k));
            calls[k] = classroom.SimulateWithServicesAsync(request, year.TherapistId, Slice(year, k));
        }
        var classrooms = await Task.WhenAll(calls);
        DeactivateOnIdle();
        return new TherapistCellResult(ReportOf(year), classrooms);
    }

    /// <inheritdoc />
    public async Task<TherapistReport> CompleteAsync()
    {
        var year = await ScheduleAsync();
        DeactivateOnIdle();
        return ReportOf(year);
    }

    private static TherapistReport ReportOf(TherapistYear y) =>
        new(y.TherapistId, y.Fte, y.Schools, y.Caseload, y.CapacityMinutes, y.DemandMinutes, y.DeliveredMinutes);

    /// <summary>The services of the students of the classroom at 0-based position <paramref name="index"/> in the caseload.</summary>
    private ServiceYearMessage[] Slice(TherapistYear year, int index)
    {
        int size = _layout!.StudentsPerClassroom;
        var slice = new ServiceYearMessage[size];
        for (int i = 0; i < size; i++)
        {
            slice[i] = year.Students[index * size + i].ToMessage();
        }
        return slice;
    }

    private async Task<TherapistYear> ScheduleAsync()
    {
        if (_year is not null)
        {
            return _year;
        }
        var (runId, parts) = GrainKeys.Parse(this.GetPrimaryKeyString());
        int policyIndex = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        int replication = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        int therapistId = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        var scenario = await catalog.GetAsync(runId);
        _layout = new DistrictLayout(scenario.District, scenario.Staffing);
        // Grain turns are single-threaded, so the year is scheduled once however many classrooms ask at the same time.
        _year ??= TherapistScheduler.Schedule(scenario, scenario.Policies[policyIndex], replication, therapistId);
        return _year;
    }
}
