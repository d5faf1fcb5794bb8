using OtSim.Analysis.Data;
using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>IEP changes by reason and time to dismissal, on a plan_changes.csv written by hand.</summary>
public sealed class PlanChangeAnalysisTests
{
    private const string Csv = """
        policy,replication,seed,student_id,classroom_id,therapist_id,week,direct_before,integrated_before,consult_before,direct_after,integrated_after,consult_after,reason
        responsive,1,5,101,1,1,10,30,0,0,45,0,0,below_aim_line
        responsive,1,5,101,1,1,19,45,0,0,60,0,0,below_aim_line
        responsive,1,5,102,1,1,10,30,0,0,0,0,13,goal_met_fade
        responsive,1,5,102,1,1,19,0,0,13,0,0,0,dismissed
        responsive,2,5,102,1,1,19,30,0,0,0,0,13,goal_met_fade
        responsive,2,5,102,1,1,28,0,0,13,0,0,0,dismissed
        responsive,2,5,103,1,1,28,30,0,0,0,0,13,goal_met_fade
        """;

    [Fact]
    public void ChangesAreCountedByReasonAndDismissalWeeksSummarised()
    {
        var rows = PlanChangeRow.From(TidyTable.Parse(Csv, "plan_changes.csv"));
        Assert.Equal(7, rows.Count);
        Assert.Equal("2", rows[4].Run);
        // 10 students in each of 2 replications under each policy: 20 student-years.
        var years = new Dictionary<string, int> { ["blanket-30"] = 20, ["responsive"] = 20 };
        var result = PlanChangeAnalysis.Run(rows, years, ["blanket-30", "responsive"])!;
        Assert.Equal(["blanket-30", "responsive"], result.Policies.Select(p => p.Policy));

        var blanket = result.Policies[0];
        Assert.All(blanket.ByReason, r => Assert.Equal(0, r.Changes));
        Assert.Equal((0.0, 0, (double?)null), (blanket.StudentsChanged, blanket.Dismissed, blanket.MedianDismissalWeek));

        var responsive = result.Policies[1];
        // below_aim_line 2, moved_into_routine 0, goal_met_fade 3, dismissed 2; per 100 of 20 student-years: x 5.
        Assert.Equal(
            [("below_aim_line", 2, 10.0), ("moved_into_routine", 0, 0.0), ("goal_met_fade", 3, 15.0), ("dismissed", 2, 10.0)],
            responsive.ByReason.Select(r => (r.Reason, r.Changes, r.PerHundredStudents)));
        // Student-years with a change: (1,101), (1,102), (2,102), (2,103) = 4 of 20.
        Assert.Equal(0.2, responsive.StudentsChanged, 12);
        // Dismissed at weeks 19 and 28: 2 of 20, median and mean 23.5.
        Assert.Equal(2, responsive.Dismissed);
        Assert.Equal(0.1, responsive.DismissedShare, 12);
        Assert.Equal(23.5, responsive.MedianDismissalWeek);
        Assert.Equal(23.5, responsive.MeanDismissalWeek);
    }

    [Fact]
    public void WithoutTheFileThereIsNoResult()
    {
        Assert.Null(PlanChangeAnalysis.Run(null, new Dictionary<string, int>(), ["a"]));
        var empty = PlanChangeRow.From(TidyTable.Parse(Csv.Split('\n')[0] + "\n", "plan_changes.csv"));
        Assert.Empty(empty);
        var result = PlanChangeAnalysis.Run(empty, new Dictionary<string, int> { ["a"] = 4 }, ["a"])!;
        Assert.Equal(0, result.Policies.Single().Dismissed);
    }
}
