using OtSim.Model.Scenarios;

namespace OtSim.Model.District;

/// <summary>A student on the OT caseload, as drawn at the start of the year.</summary>
/// <param name="StudentId">Student id (classroom_id * 100 + seat).</param>
/// <param name="ClassroomId">Classroom id.</param>
/// <param name="Band">Severity band.</param>
/// <param name="Severity">Need severity, 0 (least) to 1 (most).</param>
/// <param name="TrueBaseline">True performance on the goal area at the start (0-100).</param>
/// <param name="Responsiveness">How strongly the student responds to practice (mean 1).</param>
/// <param name="AbsenceRate">Share of school days this student misses.</param>
public readonly record struct StudentProfile(
    long StudentId,
    int ClassroomId,
    SeverityBand Band,
    double Severity,
    double TrueBaseline,
    double Responsiveness,
    double AbsenceRate);
