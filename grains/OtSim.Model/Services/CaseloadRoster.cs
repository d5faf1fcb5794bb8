using OtSim.Model.Calendar;
using OtSim.Model.District;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Services;

/// <summary>
/// The students of a block of classrooms, in classroom then seat order: each classroom's students with OT (on the
/// caseload from the start, some moving away), then the students referred in it during the year (not on the caseload
/// until an evaluation finds them eligible). The therapist and each classroom build it from the scenario alone.
/// </summary>
internal sealed class CaseloadRoster
{
    private CaseloadRoster(StudentProfile[] students, Enrollment[] enrollment, int[] offsets, (Referral, int)[] referrals)
    {
        Students = students;
        Enrollment = enrollment;
        Offsets = offsets;
        Referrals = referrals;
    }

    /// <summary>Every student, classroom then seat order.</summary>
    public StudentProfile[] Students { get; }

    /// <summary>Each student's weeks on the caseload as known at the start of the year (referred students: none yet).</summary>
    public Enrollment[] Enrollment { get; }

    /// <summary>The index of each classroom's first student; one more entry gives the total.</summary>
    public int[] Offsets { get; }

    /// <summary>The referred students, with their index in <see cref="Students"/>.</summary>
    public (Referral Referral, int Slot)[] Referrals { get; }

    /// <summary>Builds the roster of classrooms <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static CaseloadRoster Build(Scenario scenario, int replication, int first, int last, SchoolCalendar calendar)
    {
        var students = new List<StudentProfile>();
        var enrollment = new List<Enrollment>();
        var referrals = new List<(Referral, int)>();
        var offsets = new int[last - first + 2];
        for (int classroom = first; classroom <= last; classroom++)
        {
            offsets[classroom - first] = students.Count;
            foreach (var student in ProfileGenerator.Classroom(scenario.District, scenario.Seed, replication, classroom))
            {
                students.Add(student);
                enrollment.Add(District.Enrollment.Draw(scenario.Churn, calendar, scenario.Seed, replication, student.StudentId));
            }
            foreach (var referral in District.Referrals.OfClassroom(scenario, replication, classroom))
            {
                referrals.Add((referral, students.Count));
                students.Add(ProfileGenerator.Student(scenario.District, scenario.Seed, replication, referral.StudentId));
                enrollment.Add(new Enrollment(calendar.Weeks, calendar.Weeks, ExitReason.None));
            }
        }
        offsets[^1] = students.Count;
        return new CaseloadRoster(students.ToArray(), enrollment.ToArray(), offsets, referrals.ToArray());
    }
}
