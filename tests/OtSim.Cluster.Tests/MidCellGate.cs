using Orleans.Concurrency;
using Orleans.Runtime;
using OtSim.Model.Services;

namespace OtSim.Cluster.Tests;

/// <summary>
/// A grain call filter on every test silo that, once armed, holds the first classroom call of a cell's second review
/// period that arrives on the armed silo: the cell is then provably in the middle of its year, with a period's state in
/// grains, when the test kills that silo. Test silos run in the test process, so the gate is a static.
/// </summary>
internal sealed class MidCellGate(ILocalSiloDetails silo) : IIncomingGrainCallFilter
{
    private static readonly Lock Sync = new();
    private static SiloAddress? _armedFor;
    private static TaskCompletionSource<string>? _reached;
    private static TaskCompletionSource? _release;

    /// <summary>Arms the gate for one silo; the task completes with the held call's grain when a call is held.</summary>
    public static Task<string> Arm(SiloAddress victim)
    {
        lock (Sync)
        {
            _armedFor = victim;
            _reached = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _reached.Task;
        }
    }

    /// <summary>Lets a held call go (it is abandoned anyway once its silo is dead) and disarms the gate.</summary>
    public static void Disarm()
    {
        lock (Sync)
        {
            _armedFor = null;
            _release?.TrySetResult();
        }
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        Task? hold = null;
        if (context.InterfaceMethod?.Name == "StepAsync" && context.Request.GetArgument(1) is Immutable<ClassroomServices> { Value.Period.Index: 1 })
        {
            lock (Sync)
            {
                if (_armedFor is not null && _armedFor.Equals(silo.SiloAddress) && _reached!.TrySetResult(context.TargetId.ToString()))
                {
                    hold = _release!.Task;
                }
            }
        }
        if (hold is not null)
        {
            await hold;
        }
        await context.Invoke();
    }
}
