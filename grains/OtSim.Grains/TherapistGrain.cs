using Orleans.Concurrency;
using OtSim.Contracts;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Grains;

/// <inheritdoc cref="ITherapistGrain" />
/// <remarks>Placed at random, so a cell's caseloads spread over the cluster's silos.</remarks>
[Orleans.Placement.RandomPlacement]
public sealed class TherapistGrain(ScenarioCatalog catalog) : Grain, ITherapistGrain
{
    private TherapistCaseload? _caseload;

    /// <inheritdoc />
    public async Task<Immutable<CaseloadYear>> RunCellAsync(bool includeWeeks)
    {
        var key = TherapistKey.Parse(this.GetPrimaryKeyString());
        var scenario = await catalog.GetAsync(key.RunId);
        // A new caseload every call: a cell retried after a lost silo starts from the beginning of the year.
        _caseload = new TherapistCaseload(scenario, scenario.Policies[key.PolicyIndex], key.Replication, key.TherapistId);
        var request = new CellRequest(key.PolicyIndex, key.Replication, includeWeeks);
        var year = await YearDriver.RunAsync(_caseload, ReviewPeriod.Of(scenario.Calendar), async services =>
        {
            var classroom = GrainFactory.Classroom(new ClassroomKey(key.RunId, services.ClassroomId));
            return (await classroom.StepAsync(request, services.AsImmutable())).Value;
        });
        _caseload = null;
        DeactivateOnIdle();
        return year.AsImmutable();
    }
}
