using OtSim.Model.District;

namespace OtSim.Model.Tests;

public sealed class DistrictLayoutTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 8, 2)]
    [InlineData(7, 13, 5)]
    [InlineData(10, 50, 50)]
    [InlineData(2, 3, 9)]
    public void EveryClassroomHasExactlyOneTherapistAndBlocksAgree(int schools, int classroomsPerSchool, int therapists)
    {
        var demo = TestScenarios.Demo();
        var layout = new DistrictLayout(
            demo.District with { Schools = schools, ClassroomsPerSchool = classroomsPerSchool },
            demo.Staffing with { Therapists = therapists });
        var served = new int[layout.Classrooms + 1];
        for (int t = 1; t <= layout.ActiveTherapists; t++)
        {
            var (first, last) = layout.ClassroomsOf(t);
            Assert.True(first <= last, $"therapist {t} has no classroom");
            for (int c = first; c <= last; c++)
            {
                served[c]++;
                Assert.Equal(t, layout.TherapistOf(c));
            }
        }
        Assert.All(served.Skip(1), count => Assert.Equal(1, count));
        Assert.Equal(Math.Min(therapists, layout.Classrooms), layout.ActiveTherapists);
    }

    [Fact]
    public void IdsFollowTheDocumentedScheme()
    {
        var demo = TestScenarios.Demo();
        var layout = new DistrictLayout(demo.District with { Schools = 3, ClassroomsPerSchool = 8 }, demo.Staffing);
        Assert.Equal(1, layout.SchoolOf(1));
        Assert.Equal(1, layout.SchoolOf(8));
        Assert.Equal(2, layout.SchoolOf(9));
        Assert.Equal(1203L, DistrictLayout.StudentId(12, 3));
    }
}
