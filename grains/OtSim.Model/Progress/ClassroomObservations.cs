using OtSim.Model.Stepping;

namespace OtSim.Model.Progress;

/// <summary>
/// What a therapist observes of one classroom in one review period: each student's progress-monitoring data points
/// (performance measured with noise in the collection weeks) and the days the student was present.
/// </summary>
/// <param name="ClassroomId">The classroom.</param>
/// <param name="Period">The review period.</param>
/// <param name="SchoolDays">School days in the period.</param>
/// <param name="DaysPresent">Days each student was present, in seat order.</param>
/// <param name="ProbeWeeks">0-based calendar weeks in which data points were collected.</param>
/// <param name="Probes">Data points, student-major: <c>Probes[seat * ProbeWeeks.Length + j]</c> (0-100 scale).</param>
public sealed record ClassroomObservations(
    int ClassroomId, ReviewPeriod Period, int SchoolDays, int[] DaysPresent, int[] ProbeWeeks, float[] Probes);
