namespace OtSim.Analysis.Pipeline;

/// <summary>
/// The year's staffing cost, computed in this one place for the analysis, the staffing explorer and the workshop page:
/// the salaries of the budgeted positions, less the salary not paid while a position is vacant (its FTE x vacant weeks /
/// the year's weeks), plus what contract therapists cost. Without vacancies it is budgeted FTE x salary per FTE.
/// </summary>
public static class StaffingCost
{
    /// <summary>
    /// The mean yearly cost over <paramref name="runs"/> simulated years whose therapist rows are <paramref name="positions"/>;
    /// null when the salary is unknown (0).
    /// </summary>
    /// <param name="budgetedFte">FTE of all positions in one year (therapists x FTE each, or the mean over the runs).</param>
    /// <param name="salaryPerFte">Yearly salary and benefits of one FTE.</param>
    /// <param name="weeks">Calendar weeks in the year (vacant weeks are counted in calendar weeks).</param>
    /// <param name="positions">Every therapist row of the runs: its FTE, vacant weeks and contract cost.</param>
    /// <param name="runs">Simulated years the rows come from.</param>
    public static double? Annual(
        double budgetedFte, double salaryPerFte, int weeks, IEnumerable<(double Fte, double VacantWeeks, double ContractCost)> positions, int runs = 1)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (salaryPerFte <= 0)
        {
            return null;
        }
        double vacantFte = 0, contract = 0;
        foreach (var (fte, vacantWeeks, contractCost) in positions)
        {
            vacantFte += fte * vacantWeeks / Math.Max(1, weeks);
            contract += contractCost;
        }
        int years = Math.Max(1, runs);
        return (budgetedFte - vacantFte / years) * salaryPerFte + contract / years;
    }
}
