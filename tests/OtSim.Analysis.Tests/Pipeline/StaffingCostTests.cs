using OtSim.Analysis.Pipeline;

namespace OtSim.Analysis.Tests.Pipeline;

/// <summary>The one staffing-cost computation, with values worked out by hand.</summary>
public sealed class StaffingCostTests
{
    [Fact]
    public void WithoutVacanciesItIsBudgetedFteTimesSalary()
    {
        Assert.Equal(3 * 78_000.0, StaffingCost.Annual(3, 78_000, 36, [(1, 0, 0), (1, 0, 0), (1, 0, 0)]));
        Assert.Null(StaffingCost.Annual(3, 0, 36, [(1, 9, 5_000)]));
    }

    [Fact]
    public void VacantWeeksAreNotPaidAndContractorsAre()
    {
        // 3 FTE; one 1-FTE position vacant 9 of 36 weeks (a quarter of its salary not paid) with 4 contract weeks at
        // 2,600: (3 - 0.25) x 78,000 + 10,400 = 214,500 + 10,400 = 224,900.
        Assert.Equal(224_900, StaffingCost.Annual(3, 78_000, 36, [(1, 0, 0), (1, 9, 10_400), (1, 0, 0)])!.Value, 6);
        // Two simulated years, vacant 9 and 18 weeks (contract 10,400 and 0): the mean year,
        // (3 - (0.25 + 0.5) / 2) x 78,000 + 10,400 / 2 = 204,750 + 5,200 = 209,950.
        Assert.Equal(209_950, StaffingCost.Annual(3, 78_000, 36, [(1, 9, 10_400), (1, 18, 0)], runs: 2)!.Value, 6);
    }

    [Fact]
    public void TherapistRowsReadTheVacancyColumnsAndTheirAbsence()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"otsim-cost-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string header = "policy,replication,seed,therapist_id,fte,schools,caseload,capacity_minutes,demand_minutes,delivered_minutes,capacity_used,compliance";
            File.WriteAllText(Path.Combine(folder, "old.csv"), header + "\nb,1,7,1,1,2,40,1000,900,800,0.8,0.8889\n");
            File.WriteAllText(Path.Combine(folder, "new.csv"),
                header + ",therapist_minutes,vacant_weeks,covered_minutes,contract_weeks,contract_cost\nb,1,7,1,1,2,40,1000,900,800,0.4,0.8889,400,9,120,4,10400\n");
            var old = Assert.Single(TherapistRow.Load(Path.Combine(folder, "old.csv")));
            Assert.Equal((800.0, 0.0, 0.0), (old.TherapistMinutes, old.VacantWeeks, old.ContractCost));
            var row = Assert.Single(TherapistRow.Load(Path.Combine(folder, "new.csv")));
            Assert.Equal((400.0, 9.0, 10_400.0), (row.TherapistMinutes, row.VacantWeeks, row.ContractCost));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
