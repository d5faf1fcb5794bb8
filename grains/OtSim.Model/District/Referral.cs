namespace OtSim.Model.District;

/// <summary>
/// A student referred for an OT evaluation during the year. The student is in the class from the start of the year
/// (a further seat of the classroom, so the id follows <c>classroom_id * 100 + seat</c>) without OT until found eligible.
/// </summary>
/// <param name="StudentId">The referred student.</param>
/// <param name="ClassroomId">The student's classroom.</param>
/// <param name="ReferralWeek">0-based calendar week of the referral.</param>
/// <param name="ConsentWeek">0-based calendar week of parental consent (the evaluation clock starts).</param>
/// <param name="DueWeek">0-based calendar week by which the evaluation is due (may lie after the year).</param>
/// <param name="Eligible">Whether the evaluation will find the student eligible.</param>
public readonly record struct Referral(long StudentId, int ClassroomId, int ReferralWeek, int ConsentWeek, int DueWeek, bool Eligible);
