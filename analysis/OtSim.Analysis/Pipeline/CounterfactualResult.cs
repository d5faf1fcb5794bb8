namespace OtSim.Analysis.Pipeline;

/// <summary>
/// Question 1, "what do minutes do, in this simulated world?": contrasts of the same students under two policies
/// (common random numbers), as written to <c>analysis.json</c> under <c>counterfactual</c>.
/// </summary>
/// <param name="Available">True when at least two policies share students.</param>
/// <param name="Explanation">Why there is no contrast and what to add, or how the contrasts were made.</param>
/// <param name="Estimator">The estimator in words (pairing, ratio, clusters, degrees of freedom).</param>
/// <param name="Contrasts">One per pair of policies sharing students (more minutes minus fewer).</param>
public sealed record CounterfactualResult(bool Available, string Explanation, string Estimator, IReadOnlyList<PolicyContrast> Contrasts);

/// <summary>The same students under <see cref="Policy"/> and under <see cref="Versus"/> (the policy with fewer delivered minutes).</summary>
/// <param name="Policy">Policy with more delivered minutes on average.</param>
/// <param name="Versus">Policy it is compared with.</param>
/// <param name="ServiceTypes">Kinds of minutes <see cref="Policy"/> delivers (direct, integrated, consult).</param>
/// <param name="VersusServiceTypes">Kinds of minutes <see cref="Versus"/> delivers.</param>
/// <param name="SameServiceType">True when both deliver the same kinds of minutes: the contrast is one of amount only.</param>
/// <param name="Pairs">Students matched (same design point, replication and student id).</param>
/// <param name="Clusters">Classrooms within runs, the clusters of the interval.</param>
/// <param name="MinutesDifference">Mean extra delivered minutes per student, by kind and in total.</param>
/// <param name="ProgressDifference">Mean extra progress per student (points).</param>
/// <param name="EffectPer10Hours">Ratio of the mean differences: points of progress per 10 extra delivered hours; null when minutes do not differ.</param>
/// <param name="BySeverityBand">The same by recorded severity band.</param>
/// <param name="Model">Name of the matching entry in <c>models</c> (with its <c>r_code</c>).</param>
public sealed record PolicyContrast(
    string Policy,
    string Versus,
    IReadOnlyList<string> ServiceTypes,
    IReadOnlyList<string> VersusServiceTypes,
    bool SameServiceType,
    int Pairs,
    int Clusters,
    IReadOnlyDictionary<string, double> MinutesDifference,
    ContrastEstimate ProgressDifference,
    ContrastEstimate? EffectPer10Hours,
    IReadOnlyList<BandContrast> BySeverityBand,
    string Model)
{
    /// <summary>Holm-adjusted p-value of the effect over the family of tests the summary reports.</summary>
    public double? PHolm { get; set; }

    /// <summary>"more", "less", "negligible" or "unclear" (see docs/ANALYSIS.md, "Claims").</summary>
    public string? Verdict { get; set; }
}

/// <summary>An estimate with a cluster-robust 95% interval (t on clusters - 1 df).</summary>
/// <param name="Estimate">Point estimate.</param>
/// <param name="StdError">Standard error.</param>
/// <param name="CiLow">Lower 95% limit.</param>
/// <param name="CiHigh">Upper 95% limit.</param>
/// <param name="PValue">Two-sided p for zero.</param>
/// <param name="Df">t degrees of freedom.</param>
public sealed record ContrastEstimate(double Estimate, double StdError, double CiLow, double CiHigh, double PValue, double Df)
{
    /// <summary>From a statistics coefficient.</summary>
    public static ContrastEstimate From(OtSim.Statistics.Coefficient c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Estimate, c.StdError, c.CiLow, c.CiHigh, c.PValue, c.Df);
    }
}

/// <summary>A contrast within one recorded severity band.</summary>
/// <param name="Band">severity_band value.</param>
/// <param name="Pairs">Students matched.</param>
/// <param name="MinutesDifference">Mean extra delivered minutes.</param>
/// <param name="ProgressDifference">Mean extra progress; null with fewer than two clusters.</param>
/// <param name="EffectPer10Hours">Points per 10 extra hours; null when it cannot be estimated.</param>
public sealed record BandContrast(string Band, int Pairs, double MinutesDifference, ContrastEstimate? ProgressDifference, ContrastEstimate? EffectPer10Hours);
