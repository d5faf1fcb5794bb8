using OtSim.Model.Scenarios;

namespace OtSim.Model.Services;

/// <summary>A therapist's weekly capacity for services before absent days.</summary>
public static class WeeklyCapacity
{
    /// <summary>
    /// <c>fte * (contractMinutesPerFte - workloadMinutesPerFte) - schools * visitsPerSchoolPerWeek * travelMinutesPerVisit</c>,
    /// at least 0.
    /// </summary>
    public static double Full(StaffingSpec staffing, int schools)
    {
        ArgumentNullException.ThrowIfNull(staffing);
        double travel = schools * staffing.VisitsPerSchoolPerWeek * staffing.TravelMinutesPerVisit;
        return Math.Max(0, staffing.Fte * (staffing.ContractMinutesPerFte - staffing.WorkloadMinutesPerFte) - travel);
    }
}
