namespace OtSim.Model.Randomness;

/// <summary>
/// What a random stream is used for. Part of every stream's key, so that adding draws for one
/// purpose never shifts the draws of another.
/// </summary>
public enum StreamPurpose : ulong
{
    /// <summary>A student's severity, baseline, responsiveness and absence rate.</summary>
    StudentProfile = 1,
    /// <summary>A classroom teacher's collaboration level.</summary>
    ClassroomProfile = 2,
    /// <summary>Whether the student attends each planned session.</summary>
    SessionAttendance = 3,
    /// <summary>Days a student is seen present in class each school week (observed attendance; progress uses the expected value).</summary>
    ClassAttendance = 4,
    /// <summary>Week-to-week progress noise.</summary>
    ProgressNoise = 5,
    /// <summary>Measurement noise of baseline and end performance.</summary>
    Measurement = 6,
    /// <summary>A therapist's absent days.</summary>
    TherapistAbsence = 7,
    /// <summary>A school's disrupted weeks.</summary>
    SchoolDisruption = 8,
    /// <summary>GAS rater noise.</summary>
    GoalRating = 9,
    /// <summary>Latin hypercube samples of an experiment design.</summary>
    DesignSample = 10,
    /// <summary>Measurement noise of progress-monitoring data points collected during the year.</summary>
    ProgressMonitoring = 11,
    /// <summary>Whether and when a student moves away during the year (caseload churn).</summary>
    StudentExit = 15,
    /// <summary>A school's referrals for OT evaluation: how many arrive each school week and to which classroom.</summary>
    Referrals = 16,
    /// <summary>Whether a referred student's evaluation finds the student eligible for OT.</summary>
    ReferralEligibility = 17,
    /// <summary>Whether and when a therapist's position falls vacant (vacancies drawn at a rate).</summary>
    Vacancy = 20,
}
