namespace OtSim.Model.Scenarios;

/// <summary>Weekly minutes of each service type written on an IEP.</summary>
/// <param name="Direct">Direct pull-out minutes per week (therapist and student outside class).</param>
/// <param name="Integrated">Integrated / push-in minutes per week, inside the class routine.</param>
/// <param name="Consult">Consultation minutes per week with the teacher on the student's behalf.</param>
public readonly record struct ServiceMinutes(double Direct, double Integrated, double Consult)
{
    /// <summary>All three types added up.</summary>
    public double Total => Direct + Integrated + Consult;
}
