using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>Caseload size over the year and evaluations on time, from students.csv and evaluations.csv, checked by hand.</summary>
public sealed class CaseloadChurnAnalysisTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "otsim-caseload-" + Guid.NewGuid().ToString("N"));

    public CaseloadChurnAnalysisTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AWholeYearCaseloadIsExactlyItsSizeWhateverTheNumberOfRuns()
    {
        // Ten runs of the same three students, one dismissed from week 3 in run 1: adding a tenth per student-week
        // would leave 2.9999999999999996 in weeks 1-2.
        var rows = Enumerable.Range(1, 10).SelectMany(r => new[] { 101, 102, 103 }.Select(id => r == 1 && id == 103 ? $"{id},a,{r},1,3,dismissed" : $"{id},a,{r},1,,"));
        File.WriteAllText(Path.Combine(_folder, "students.csv"), "student_id,policy,replication,entry_week,exit_week,exit_reason\n" + string.Join("\n", rows) + "\n");
        var a = Assert.Single(CaseloadChurnAnalysis.Load(_folder, weeks: 3)!.Policies);
        Assert.Equal([3.0, 3.0, 2.9], a.WeeklyCaseload);
    }

    [Fact]
    public void WeeklyCaseloadMoversEntrantsAndEvaluationsAreMeansPerRun()
    {
        File.WriteAllText(Path.Combine(_folder, "students.csv"), """
            student_id,policy,replication,entry_week,exit_week,exit_reason
            101,a,1,1,,
            102,a,1,1,3,moved
            104,a,1,4,,
            101,a,2,1,,
            102,a,2,1,,

            """.Replace("\r", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_folder, "evaluations.csv"), """
            policy,replication,seed,student_id,classroom_id,school_id,therapist_id,referral_week,consent_week,due_week,completed_week,on_time,eligible
            a,1,7,104,1,1,1,1,2,10,3,1,1
            a,1,7,105,1,1,1,3,4,12,,,
            a,2,7,104,1,1,1,1,1,9,4,0,0

            """.Replace("\r", "", StringComparison.Ordinal));

        var result = CaseloadChurnAnalysis.Load(_folder, weeks: 5);

        Assert.NotNull(result);
        var a = Assert.Single(result.Policies);
        // By hand, replication 1: weeks 1-2 students 101 and 102; week 3 only 101 (102 left); weeks 4-5 101 and 104.
        // Replication 2: 2 students every week. Means: 2, 2, 1.5, 2, 2.
        Assert.Equal([2, 2, 1.5, 2, 2], a.WeeklyCaseload);
        Assert.Equal(0.5, a.MovedAway);
        Assert.Equal(0.5, a.Joined);
        var e = a.Evaluations!;
        Assert.Equal(1.5, e.Referrals);
        Assert.Equal(1.0, e.Completed);
        Assert.Equal(0.5, e.OnTimeShare);
        Assert.Equal(0.5, e.EligibleShare);
        // (3 - 2) and (4 - 1) weeks from consent to completion.
        Assert.Equal(2.0, e.MeanWeeksConsentToCompletion);
        var table = CaseloadReportTable.Build(result);
        Assert.Equal(["a", "2", "1.5", "2", "2", "0.5", "0.5", "1.5", "1", "50 %", "50 %"], table.Rows[0]);
    }

    [Fact]
    public void ResultsWithoutChurnHaveNoCaseloadSection()
    {
        File.WriteAllText(Path.Combine(_folder, "students.csv"), "student_id,policy,replication,entry_week,exit_week,exit_reason\n101,a,1,1,,\n102,a,1,1,,\n");
        Assert.Null(CaseloadChurnAnalysis.Load(_folder, 36));
        File.WriteAllText(Path.Combine(_folder, "students.csv"), "student_id,policy,replication\n101,a,1\n");
        Assert.Null(CaseloadChurnAnalysis.Load(_folder, 36));
    }
}
