using OtSim.Model.Randomness;
using OtSim.Model.Scenarios;

namespace OtSim.Model.District;

/// <summary>
/// Draws students and classrooms. Each entity's draws come from its own stream (seed, replication, id, purpose),
/// so a grain can draw just the entities it owns and get the same values as any other process.
/// </summary>
public static class ProfileGenerator
{
    /// <summary>Draws one student.</summary>
    public static StudentProfile Student(DistrictSpec district, ulong seed, int replication, long studentId)
    {
        var rng = new StreamRandom(seed, replication, studentId, StreamPurpose.StudentProfile);
        double u = rng.NextDouble();
        double mild = district.SeverityMix[SeverityBand.Mild];
        double moderate = district.SeverityMix[SeverityBand.Moderate];
        var band = u < mild ? SeverityBand.Mild : u < mild + moderate ? SeverityBand.Moderate : SeverityBand.Severe;
        double severity = ((int)band + rng.NextDouble()) / 3.0;
        // Need lowers starting performance: a severe student starts about 40 points below a mild one (assumption).
        double baseline = Math.Clamp(rng.NextNormal(75 - 45 * severity, 8), 5, 95);
        // Lognormal with mean 1 and a coefficient of variation of about 0.3 (assumption).
        double responsiveness = Math.Exp(rng.NextNormal(-0.045, 0.3));
        // Absence is skewed: most students near the mean, a few chronically absent (assumption).
        double absence = Math.Clamp(district.StudentAbsenceRate * Math.Exp(rng.NextNormal(-0.18, 0.6)), 0, 0.6);
        int classroomId = (int)(studentId / DistrictLayout.SeatsPerClassroomId);
        return new StudentProfile(studentId, classroomId, band, severity, baseline, responsiveness, absence);
    }

    /// <summary>Draws one classroom's teacher collaboration level (0-1).</summary>
    public static double Collaboration(DistrictSpec district, ulong seed, int replication, int classroomId)
    {
        var rng = new StreamRandom(seed, replication, classroomId, StreamPurpose.ClassroomProfile);
        return Math.Clamp(rng.NextNormal(district.CollaborationMean, district.CollaborationSd), 0, 1);
    }

    /// <summary>Draws all students of a classroom, in seat order.</summary>
    public static StudentProfile[] Classroom(DistrictSpec district, ulong seed, int replication, int classroomId)
    {
        var students = new StudentProfile[district.StudentsPerClassroom];
        for (int seat = 1; seat <= students.Length; seat++)
        {
            students[seat - 1] = Student(district, seed, replication, DistrictLayout.StudentId(classroomId, seat));
        }
        return students;
    }
}
