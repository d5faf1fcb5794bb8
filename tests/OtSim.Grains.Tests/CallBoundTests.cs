using Orleans.Concurrency;
using Orleans.Runtime;
using OtSim.Client.Engine;
using OtSim.Contracts;
using OtSim.Model.District;
using OtSim.Model.Engine;
using OtSim.Model.Stepping;

namespace OtSim.Grains.Tests;

/// <summary>
/// The Orleans engine bounds therapist calls in flight once for every cell in flight, not per cell: a wide front of
/// caseloads starting at once puts thousands of cold classrooms into Orleans' placement together, which costs CPU.
/// </summary>
[Collection(ClustersCollection.Name)]
public sealed class CallBoundTests(SingleSiloCluster single)
{
    [Fact]
    public async Task CellsInFlightTogetherNeverHaveMoreTherapistCallsInFlightThanTheBound()
    {
        // 3 policies x 2 replications = 6 cells started at once, each with its caseloads' therapist calls.
        var scenario = TestScenarios.SmallDemo(schools: 4, replications: 2);
        var counting = new CountingGrainFactory(single.Grains);
        var engine = new OrleansEngine(counting, maxConcurrentCalls: 2);
        var cells = (from p in Enumerable.Range(0, scenario.Policies.Count)
                     from r in Enumerable.Range(1, scenario.Replications)
                     select new SimulationCell(p, r)).ToArray();

        var results = await Task.WhenAll(cells.Select(c => engine.RunCellAsync(scenario, c, includeWeeks: false, CancellationToken.None)))
            .WaitAsync(TimeSpan.FromMinutes(2));

        int therapists = new DistrictLayout(scenario.District, scenario.Staffing).ActiveTherapists;
        Assert.True(therapists >= 2, $"{therapists} therapists per cell");
        Assert.Equal(therapists * cells.Length, counting.Calls);
        Assert.Equal(2, counting.MostInFlight);
        var plain = new PlainLoopEngine();
        for (int i = 0; i < cells.Length; i++)
        {
            var expected = plain.RunCell(scenario, cells[i], includeWeeks: false);
            Assert.Equal(expected.Students, results[i].Students);
            Assert.Equal(expected.Therapists, results[i].Therapists);
        }
    }

    /// <summary>Hands out the cluster's grains, with therapist grains wrapped to count the calls in flight.</summary>
    private sealed class CountingGrainFactory(IGrainFactory inner) : IGrainFactory
    {
        private int _inFlight;
        private int _calls;
        private int _most;

        public int Calls => Volatile.Read(ref _calls);

        public int MostInFlight => Volatile.Read(ref _most);

        public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType)
        {
            var grain = inner.GetGrain(grainId, interfaceType);
            return grain is ITherapistGrain therapist ? new CountingTherapist(therapist, this) : grain;
        }

        public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null) where TGrainInterface : IGrainWithGuidKey => inner.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

        public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null) where TGrainInterface : IGrainWithIntegerKey => inner.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

        public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null) where TGrainInterface : IGrainWithStringKey => inner.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

        public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null) where TGrainInterface : IGrainWithGuidCompoundKey => inner.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

        public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null) where TGrainInterface : IGrainWithIntegerCompoundKey => inner.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

        public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj) where TGrainObserverInterface : IGrainObserver => inner.CreateObjectReference<TGrainObserverInterface>(obj);

        public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj) where TGrainObserverInterface : IGrainObserver => inner.DeleteObjectReference<TGrainObserverInterface>(obj);

        public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => inner.GetGrain(grainInterfaceType, grainPrimaryKey);

        public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => inner.GetGrain(grainInterfaceType, grainPrimaryKey);

        public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => inner.GetGrain(grainInterfaceType, grainPrimaryKey);

        public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => inner.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

        public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => inner.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

        public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IAddressable => inner.GetGrain<TGrainInterface>(grainId);

        public IAddressable GetGrain(GrainId grainId) => inner.GetGrain(grainId);

        public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) => inner.GetGrain(interfaceType, grainKey, grainClassNamePrefix);

        public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => inner.GetGrain(interfaceType, grainKey);

        private void Started()
        {
            Interlocked.Increment(ref _calls);
            int now = Interlocked.Increment(ref _inFlight);
            int most;
            while (now > (most = Volatile.Read(ref _most)) && Interlocked.CompareExchange(ref _most, now, most) != most)
            {
            }
        }

        private void Ended() => Interlocked.Decrement(ref _inFlight);

        private sealed class CountingTherapist(ITherapistGrain inner, CountingGrainFactory counter) : ITherapistGrain
        {
            public async Task<Immutable<CaseloadYear>> RunCellAsync(CellRequest request)
            {
                counter.Started();
                try
                {
                    return await inner.RunCellAsync(request);
                }
                finally
                {
                    counter.Ended();
                }
            }
        }
    }
}
