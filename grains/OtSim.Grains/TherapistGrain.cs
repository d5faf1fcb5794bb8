using Orleans.Concurrency;
using OtSim.Contracts;
using OtSim.Model.Services;
using OtSim.Model.Stepping;

namespace OtSim.Grains;

/// <inheritdoc cref="ITherapistGrain" />
/// <remarks>
/// One activation per therapist of a run, reused by every cell of the run (as classroom grains are): activating a grain per
/// therapist and cell cost more than many small cells' simulation. Not reentrant: two cells (or two attempts of one cell)
/// for the same therapist run one after the other, so an abandoned attempt's periods can never interleave with a redone
/// attempt's at its classrooms. Placed at random, so a run's caseloads spread over the cluster's silos; its classrooms
/// follow it, so a period's exchange stays on one silo.
/// </remarks>
[Orleans.Placement.RandomPlacement]
public sealed class TherapistGrain(ScenarioCatalog catalog) : Grain, ITherapistGrain
{
    private TherapistCaseload? _caseload;
    private TherapistKey? _key;

    /// <inheritdoc />
    public async Task<Immutable<CaseloadYear>> RunCellAsync(CellRequest request)
    {
        var key = _key ??= TherapistKey.Parse(this.GetPrimaryKeyString());
        var scenario = await catalog.GetAsync(key.RunId);
        // A new caseload every call: a cell redone after a lost silo starts from the beginning of the year.
        _caseload = new TherapistCaseload(scenario, scenario.Policies[request.PolicyIndex], request.Replication, key.TherapistId);
        try
        {
            var year = await YearDriver.RunAsync(_caseload, ReviewPeriod.Of(scenario.Calendar), async services =>
            {
                var classroom = GrainFactory.Classroom(new ClassroomKey(key.RunId, services.ClassroomId));
                return (await classroom.StepAsync(request, services.AsImmutable())).Value;
            });
            return year.AsImmutable();
        }
        finally
        {
            _caseload = null;
        }
    }
}
