using OtSim.Model.Scenarios;

namespace OtSim.Model.Policies;

/// <summary>One student's IEP service plan under a policy.</summary>
/// <param name="Weekly">Prescribed weekly minutes by type.</param>
/// <param name="SessionsPerWeek">Direct and integrated sessions per week (each type's minutes are split evenly).</param>
/// <param name="ThreeToOne">Every fourth school week, direct and integrated minutes become consultation.</param>
public readonly record struct ServicePlan(ServiceMinutes Weekly, int SessionsPerWeek, bool ThreeToOne)
{
    /// <summary>The minutes planned for a school week with 0-based index <paramref name="schoolWeek"/>.</summary>
    public ServiceMinutes ForSchoolWeek(int schoolWeek) =>
        ThreeToOne && schoolWeek % 4 == 3
            ? new ServiceMinutes(0, 0, Weekly.Total)
            : Weekly;
}
