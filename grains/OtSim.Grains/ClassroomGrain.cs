using OtSim.Contracts;
using OtSim.Model.District;
using OtSim.Model.Progress;

namespace OtSim.Grains;

/// <inheritdoc cref="IClassroomGrain" />
public sealed class ClassroomGrain(ScenarioCatalog catalog) : Grain, IClassroomGrain
{
    /// <inheritdoc />
    public async Task<ClassroomResult> SimulateAsync(CellRequest request)
    {
        var year = await SimulateYearAsync(this.GetPrimaryKeyString(), request, catalog, GrainFactory);
        return year.ToMessage();
    }

    /// <summary>Fetches the classroom's services from its therapist and runs the pure model for the year.</summary>
    internal static async Task<ClassroomYear> SimulateYearAsync(string key, CellRequest request, ScenarioCatalog catalog, IGrainFactory grains)
    {
        var (runId, parts) = GrainKeys.Parse(key);
        int classroomId = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var scenario = await catalog.GetAsync(runId);
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        int therapistId = layout.TherapistOf(classroomId);
        var therapist = grains.GetGrain<ITherapistGrain>(GrainKeys.Therapist(runId, request.PolicyIndex, request.Replication, therapistId));
        var services = await therapist.GetClassroomServicesAsync(classroomId);
        return ClassroomSimulator.Simulate(
            scenario, request.Replication, classroomId, services.Select(s => s.ToModel()).ToArray(), therapistId, request.IncludeWeeks);
    }
}
