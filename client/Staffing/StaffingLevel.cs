namespace OtSim.Client.Staffing;

/// <summary>One staffing level tried by the search, with its figures across replications.</summary>
/// <param name="Therapists">Therapists.</param>
/// <param name="FteEach">FTE of each.</param>
/// <param name="TotalFte">Therapists x FTE.</param>
/// <param name="Values">The target's figure in each replication (a share, 0-1), in replication order.</param>
/// <param name="Mean">Mean of <paramref name="Values"/>.</param>
/// <param name="Min">Lowest replication.</param>
/// <param name="Max">Highest replication.</param>
/// <param name="Meeting">Replications meeting the target.</param>
/// <param name="Share">Meeting / replications: the estimated probability that a school year at this staffing meets the target.</param>
/// <param name="ShareLow">Lower limit of the 95% Wilson interval of <paramref name="Share"/>.</param>
/// <param name="ShareHigh">Upper limit of the 95% Wilson interval.</param>
/// <param name="AnnualCost">Staffing cost per year (total FTE x salary per FTE, less vacant weeks, plus contract therapists; OtSim.Analysis StaffingCost); null when the salary is unknown.</param>
/// <param name="CostPerGoalMet">Annual cost / mean students meeting their goal; null when unknown or none met.</param>
public sealed record StaffingLevel(
    int Therapists, double FteEach, double TotalFte, IReadOnlyList<double> Values, double Mean, double Min, double Max,
    int Meeting, double Share, double ShareLow, double ShareHigh, double? AnnualCost, double? CostPerGoalMet);

/// <summary>The search's answer.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Policy">The policy searched.</param>
/// <param name="Target">The target.</param>
/// <param name="Confidence">Share of replications that must meet the target for a level to be recommended.</param>
/// <param name="Replications">Replications per level.</param>
/// <param name="Students">Students in the district.</param>
/// <param name="Levels">Every level tried, fewest therapists first.</param>
/// <param name="Recommended">The smallest level meeting the target in at least <paramref name="Confidence"/> of replications; null when none up to the maximum does.</param>
/// <param name="StoppedEarly">True when the search stopped before the maximum because two levels in a row met the target in every replication.</param>
public sealed record StaffingAnswer(
    string Scenario, string Policy, StaffingTarget Target, double Confidence, int Replications, long Students,
    IReadOnlyList<StaffingLevel> Levels, StaffingLevel? Recommended, bool StoppedEarly)
{
    /// <summary>The answer in one or two plain sentences.</summary>
    public string Sentence()
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        if (Recommended is not { } r)
        {
            var best = Levels.OrderByDescending(l => l.Share).ThenByDescending(l => l.Mean).FirstOrDefault();
            return string.Format(c, "No staffing up to {0:0.##} FTE met the target ({1}) in at least {2:0}% of {3} replications for {4}; the best was {5:0.##} FTE, meeting it in {6:0}% (95% interval {7:0}% to {8:0}%).",
                Levels[^1].TotalFte, Target.Describe(), Confidence * 100, Replications, Policy, best?.TotalFte ?? 0, (best?.Share ?? 0) * 100, (best?.ShareLow ?? 0) * 100, (best?.ShareHigh ?? 0) * 100);
        }
        string cost = r.AnnualCost is { } a ? string.Format(c, " at ${0:N0} a year", a) : "";
        return string.Format(c, "The smallest staffing that meets the target ({0}) for {1} is {2:0.##} FTE ({3} therapists x {4:0.##}){5}: it met the target in {6} of {7} simulated school years ({8:0}%, 95% interval {9:0}% to {10:0}%).",
            Target.Describe(), Policy, r.TotalFte, r.Therapists, r.FteEach, cost, r.Meeting, Replications, r.Share * 100, r.ShareLow * 100, r.ShareHigh * 100);
    }
}
