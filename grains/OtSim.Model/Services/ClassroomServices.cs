using OtSim.Model.Stepping;

namespace OtSim.Model.Services;

/// <summary>One review period of services for the students of one classroom, in seat order: one message from a therapist to a classroom.</summary>
/// <param name="ClassroomId">The classroom.</param>
/// <param name="TherapistId">The therapist who delivered them.</param>
/// <param name="Period">The review period.</param>
/// <param name="Students">Each student's services in the period, in seat order.</param>
public sealed record ClassroomServices(int ClassroomId, int TherapistId, ReviewPeriod Period, StudentServices[] Students);
