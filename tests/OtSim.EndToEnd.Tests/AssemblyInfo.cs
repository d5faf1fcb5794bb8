// Every test starts otsim processes, most with an embedded silo: one at a time keeps a 2-core machine responsive
// and the timings stable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
