namespace OtSim.Model.Services;

/// <summary>
/// A therapist's log of the services one student received over the year, week by week, and what the plan prescribed
/// so far.
/// Weekly values are stored flat: <c>Weekly[week * 4 + k]</c> with k = 0 direct, 1 integrated, 2 consult minutes,
/// 3 integrated sessions delivered.
/// </summary>
public sealed class ServiceYear
{
    /// <summary>Values per week.</summary>
    public const int Stride = 4;

    /// <summary>Creates an empty year of <paramref name="weeks"/> weeks.</summary>
    public ServiceYear(long studentId, int weeks)
    {
        StudentId = studentId;
        Weekly = new float[weeks * Stride];
    }

    /// <summary>The student.</summary>
    public long StudentId { get; }

    /// <summary>Flat weekly values (see the type's remarks).</summary>
    public float[] Weekly { get; }

    /// <summary>Direct minutes the plan prescribed over the year.</summary>
    public double PrescribedDirect { get; set; }

    /// <summary>Integrated minutes the plan prescribed over the year.</summary>
    public double PrescribedIntegrated { get; set; }

    /// <summary>Consultation minutes the plan prescribed over the year.</summary>
    public double PrescribedConsult { get; set; }

    /// <summary>Planned direct or integrated sessions on a school week without disruption that the student missed by being absent.</summary>
    public int SessionsMissedAbsent { get; set; }

    /// <summary>Direct minutes delivered in 0-based week <paramref name="week"/>.</summary>
    public float Direct(int week) => Weekly[week * Stride];

    /// <summary>Integrated minutes delivered in a week.</summary>
    public float Integrated(int week) => Weekly[week * Stride + 1];

    /// <summary>Consultation minutes delivered in a week.</summary>
    public float Consult(int week) => Weekly[week * Stride + 2];

    /// <summary>Integrated sessions delivered in a week.</summary>
    public float IntegratedSessions(int week) => Weekly[week * Stride + 3];

    /// <summary>Sums delivered minutes of kind k (0 direct, 1 integrated, 2 consult) over the year.</summary>
    public double Delivered(int kind)
    {
        double sum = 0;
        for (int i = kind; i < Weekly.Length; i += Stride)
        {
            sum += Weekly[i];
        }
        return sum;
    }
}
