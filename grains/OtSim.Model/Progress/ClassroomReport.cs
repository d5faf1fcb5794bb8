namespace OtSim.Model.Progress;

/// <summary>A classroom's reply to one review period of services: what the therapist observes, and after the last period the year's outcomes.</summary>
/// <param name="Observations">The period's observations.</param>
/// <param name="Year">The year's outcomes and weeks after the last period; null before.</param>
public sealed record ClassroomReport(ClassroomObservations Observations, ClassroomYear? Year);
