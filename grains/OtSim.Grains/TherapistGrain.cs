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
        int size = _layout.StudentsPerClassroom;
        int offset = (classroomId - first) * size;
        var slice = new ServiceYearMessage[size];
        for (int i = 0; i < size; i++)
        {
            slice[i] = year.Students[offset + i].ToMessage();
        }
        return slice;
    }

    /// <inheritdoc />
    public async Task<TherapistReport> CompleteAsync()
    {
        var y = await ScheduleAsync();
        DeactivateOnIdle();
        return new TherapistReport(y.TherapistId, y.Fte, y.Schools, y.Caseload, y.CapacityMinutes, y.DemandMinutes, y.DeliveredMinutes);
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
