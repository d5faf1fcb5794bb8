using OtSim.Model.Scenarios;

namespace OtSim.Model.District;

/// <summary>
/// The fixed structure of a district: ids of schools, classrooms, students and therapists, and which therapist
/// serves which classrooms. It is a pure function of the scenario's counts, so any grain can compute its own part
/// without a global table. Ids: classroom_id 1..C; school_id = (classroom index / classrooms per school) + 1;
/// student_id = classroom_id * 100 + seat; therapist_id 1..T, each serving a contiguous, balanced block of classrooms.
/// </summary>
public sealed class DistrictLayout
{
    /// <summary>Multiplier that turns a classroom id and a seat into a student id.</summary>
    public const int SeatsPerClassroomId = 100;

    private readonly DistrictSpec _district;
    private readonly int _therapists;

    /// <summary>Creates the layout.</summary>
    public DistrictLayout(DistrictSpec district, StaffingSpec staffing)
    {
        _district = district;
        _therapists = Math.Min(staffing.Therapists, district.Classrooms);
    }

    /// <summary>Number of classrooms.</summary>
    public int Classrooms => _district.Classrooms;

    /// <summary>Therapists who have a caseload (a therapist beyond the number of classrooms has none).</summary>
    public int ActiveTherapists => _therapists;

    /// <summary>Classrooms per school.</summary>
    public int ClassroomsPerSchool => _district.ClassroomsPerSchool;

    /// <summary>Students per classroom.</summary>
    public int StudentsPerClassroom => _district.StudentsPerClassroom;

    /// <summary>The id of the classroom at 0-based <paramref name="index"/>.</summary>
    public static int ClassroomId(int index) => index + 1;

    /// <summary>The school of a classroom id.</summary>
    public int SchoolOf(int classroomId) => (classroomId - 1) / _district.ClassroomsPerSchool + 1;

    /// <summary>The student id of a seat (1-based) in a classroom.</summary>
    public static long StudentId(int classroomId, int seat) => (long)classroomId * SeatsPerClassroomId + seat;

    /// <summary>The therapist id (1-based) serving a classroom.</summary>
    public int TherapistOf(int classroomId) => (int)(((long)classroomId * _therapists - 1) / Classrooms) + 1;

    /// <summary>The classroom ids served by a therapist (1-based id).</summary>
    public (int First, int Last) ClassroomsOf(int therapistId)
    {
        int first = (int)((long)(therapistId - 1) * Classrooms / _therapists) + 1;
        int last = (int)((long)therapistId * Classrooms / _therapists);
        return (first, last);
    }

    /// <summary>The school ids a therapist visits.</summary>
    public IReadOnlyList<int> SchoolsOf(int therapistId)
    {
        var (first, last) = ClassroomsOf(therapistId);
        return Enumerable.Range(SchoolOf(first), SchoolOf(last) - SchoolOf(first) + 1).ToArray();
    }
}
