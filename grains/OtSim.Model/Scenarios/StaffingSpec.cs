namespace OtSim.Model.Scenarios;

/// <summary>Therapist staffing. Classrooms are split between therapists in contiguous, balanced blocks.</summary>
/// <param name="Therapists">Number of therapists.</param>
/// <param name="Fte">Full-time equivalent of each therapist (0.1-1).</param>
/// <param name="ContractMinutesPerFte">Paid minutes per week at 1.0 FTE.</param>
/// <param name="WorkloadMinutesPerFte">Paperwork, evaluations and meetings per week at 1.0 FTE (not available for service).</param>
/// <param name="TravelMinutesPerVisit">Travel minutes for each visit to a school.</param>
/// <param name="VisitsPerSchoolPerWeek">Visits a week to each school served.</param>
/// <param name="AbsenceRate">Share of days a therapist is absent.</param>
/// <param name="SalaryPerFte">Annual salary and benefits per FTE (currency units), for cost; 0 if unknown.</param>
/// <param name="Vacancies">Vacancies and leave, their coverage and contract fills; null = none.</param>
public sealed record StaffingSpec(
    int Therapists,
    double Fte,
    double ContractMinutesPerFte,
    double WorkloadMinutesPerFte,
    double TravelMinutesPerVisit,
    int VisitsPerSchoolPerWeek,
    double AbsenceRate,
    double SalaryPerFte,
    VacancySpec? Vacancies = null)
{
    /// <summary>The vacancies, <see cref="VacancySpec.None"/> when the scenario lists none.</summary>
    public VacancySpec VacancyPlan => Vacancies ?? VacancySpec.None;
}
