using OtSim.Contracts;
using OtSim.Model.District;
using OtSim.Model.Progress;
using OtSim.Model.Scenarios;
using OtSim.Model.Services;

namespace OtSim.Grains;

/// <inheritdoc cref="IClassroomGrain" />
/// <remarks>
/// Reentrant because it holds no state between calls, and because a therapist running a cell waits on its classrooms
/// while a classroom answering a single-student request may be waiting on that therapist.
/// </remarks>
[Orleans.Concurrency.Reentrant]
public sealed class ClassroomGrain(ScenarioCatalog catalog) : Grain, IClassroomGrain
{
    /// <inheritdoc />
    public async Task<ClassroomResult> SimulateAsync(CellRequest request)
    {
        var year = await SimulateYearAsync(this.GetPrimaryKeyString(), request, catalog, GrainFactory);
        return year.ToMessage();
    }

    /// <inheritdoc />
    public async Task<ClassroomResult> SimulateWithServicesAsync(CellRequest request, int therapistId, ServiceYearMessage[] services)
    {
        var (runId, classroomId) = ParseKey(this.GetPrimaryKeyString());
        var scenario = await catalog.GetAsync(runId);
        return Simulate(scenario, request, classroomId, therapistId, services).ToMessage();
    }

    /// <summary>Fetches the classroom's services from its therapist and runs the pure model for the year.</summary>
    internal static async Task<ClassroomYear> SimulateYearAsync(string key, CellRequest request, ScenarioCatalog catalog, IGrainFactory grains)
    {
        var (runId, classroomId) = ParseKey(key);
        var scenario = await catalog.GetAsync(runId);
        var layout = new DistrictLayout(scenario.District, scenario.Staffing);
        int therapistId = layout.TherapistOf(classroomId);
        var therapist = grains.GetGrain<ITherapistGrain>(GrainKeys.Therapist(runId, request.PolicyIndex, request.Replication, therapistId));
        var services = await therapist.GetClassroomServicesAsync(classroomId);
        return Simulate(scenario, request, classroomId, therapistId, services);
    }

    private static ClassroomYear Simulate(Scenario scenario, CellRequest request, int classroomId, int therapistId, ServiceYearMessage[] services)
    {
        var model = new ServiceYear[services.Length];
        for (int i = 0; i < model.Length; i++)
        {
            model[i] = services[i].ToModel();
        }
        return ClassroomSimulator.Simulate(scenario, request.Replication, classroomId, model, therapistId, request.IncludeWeeks);
    }

    private static (string RunId, int ClassroomId) ParseKey(string key)
    {
        var (runId, parts) = GrainKeys.Parse(key);
        return (runId, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
    }
}
