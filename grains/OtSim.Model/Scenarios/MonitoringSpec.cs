namespace OtSim.Model.Scenarios;

/// <summary>
/// How therapists collect progress-monitoring data points on each student's goal during the year (the scenario's
/// <c>monitoring</c> block). The defaults are the behaviour before the block existed: a data point at the end of every
/// second school week, free of therapist time, measured with the model's <c>measurementSd</c>.
/// </summary>
/// <param name="EverySchoolWeeks">A data point is collected in every k-th school week (with one session a week, every k sessions).</param>
/// <param name="MinutesPerDataPoint">Therapist minutes each data point costs, taken from that week's capacity for services.</param>
/// <param name="OffRoutineNoiseFactor">
/// Multiplies the data point's measurement noise when the goal activity is not in the class routine
/// (<c>district.routine.blocksPerWeek</c> is 0): the seed's "data collection is too hard".
/// </param>
/// <param name="OffRoutineCostFactor">Multiplies <paramref name="MinutesPerDataPoint"/> when the goal activity is not in the class routine.</param>
public sealed record MonitoringSpec(
    int EverySchoolWeeks = 2, double MinutesPerDataPoint = 0, double OffRoutineNoiseFactor = 1, double OffRoutineCostFactor = 1)
{
    /// <summary>Today's behaviour: every second school week, no cost, no extra noise.</summary>
    public static MonitoringSpec Default { get; } = new();

    /// <summary>Whether a data point is collected at the end of the school week with 0-based index <paramref name="schoolWeek"/>.</summary>
    public bool IsCollectionWeek(int schoolWeek) => schoolWeek >= 0 && schoolWeek % EverySchoolWeeks == EverySchoolWeeks - 1;

    /// <summary>The measurement noise of a data point: <paramref name="measurementSd"/>, times the off-routine factor when the goal is not in the routine.</summary>
    public double NoiseSd(double measurementSd, bool goalInRoutine) => goalInRoutine ? measurementSd : measurementSd * OffRoutineNoiseFactor;

    /// <summary>Therapist minutes one data point costs, times the off-routine factor when the goal is not in the routine.</summary>
    public double MinutesPerPoint(bool goalInRoutine) => goalInRoutine ? MinutesPerDataPoint : MinutesPerDataPoint * OffRoutineCostFactor;
}
