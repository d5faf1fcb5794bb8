using Orleans.Concurrency;

namespace OtSim.OrleansFloor;

/// <summary>A caseload without a model: calls its children once per round, as a therapist grain calls its classrooms.</summary>
public interface IFloorParent : IGrainWithIntegerKey
{
    /// <summary>Calls children <c>[first, first + count)</c> concurrently, one call each, and waits for every reply.</summary>
    Task CallChildrenAsync(long first, int count);
}

/// <summary>A classroom without a model: holds a counter and answers at once.</summary>
public interface IFloorChild : IGrainWithIntegerKey
{
    /// <summary>Counts the call and returns the payload.</summary>
    Task<Immutable<double[]>> StepAsync(Immutable<double[]> payload);
}

/// <inheritdoc cref="IFloorParent"/>
[Orleans.Placement.RandomPlacement]
public sealed class FloorParent : Grain, IFloorParent
{
    private static readonly Immutable<double[]> Payload = new double[8].AsImmutable();

    /// <inheritdoc />
    public async Task CallChildrenAsync(long first, int count)
    {
        var replies = new Task<Immutable<double[]>>[count];
        for (int i = 0; i < count; i++)
        {
            replies[i] = GrainFactory.GetGrain<IFloorChild>(first + i).StepAsync(Payload);
        }
        await Task.WhenAll(replies);
    }
}

/// <inheritdoc cref="IFloorChild"/>
[Orleans.Placement.PreferLocalPlacement]
public sealed class FloorChild : Grain, IFloorChild
{
    private int _calls;

    /// <inheritdoc />
    public Task<Immutable<double[]>> StepAsync(Immutable<double[]> payload)
    {
        _calls++;
        return Task.FromResult(payload);
    }
}
