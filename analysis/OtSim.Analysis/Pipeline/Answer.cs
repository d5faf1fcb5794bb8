namespace OtSim.Analysis.Pipeline;

/// <summary>
/// The answer to "do more minutes lead to more progress?" that every place states (report headline and first
/// paragraph, the web page's reveal, the CLI summary), written to <c>analysis.json</c> under <c>answer</c>.
/// </summary>
/// <param name="Source"><c>counterfactual</c> (same students under policies with other minutes), <c>district_data</c>
/// (adjusted association within a service model) or <c>association</c> (external data: adjusted or naive association).</param>
/// <param name="Verdict"><c>more</c>, <c>less</c>, <c>negligible</c>, <c>unclear</c> or <c>mixed</c> (kinds of service disagree).</param>
/// <param name="Title">A few words for a page heading.</param>
/// <param name="Headline">One sentence.</param>
/// <param name="Explanation">The first paragraph: the answer, the contrast it rests on, and why a naive comparison misleads.</param>
/// <param name="Basis">What the estimate is: the contrast (<c>policy vs versus</c>) or the model name.</param>
/// <param name="MinutesType">Kinds of minutes the contrast varies (e.g. <c>direct</c>), or null.</param>
/// <param name="EffectPer10Hours">Points of progress per 10 extra delivered hours, or null.</param>
/// <param name="CiLow">Lower 95% limit.</param>
/// <param name="CiHigh">Upper 95% limit.</param>
/// <param name="PValue">Unadjusted two-sided p.</param>
/// <param name="PHolm">Holm-adjusted p over <see cref="Tests"/>.</param>
/// <param name="SmallestEffectPoints">Smallest difference in progress worth noticing (points), see <see cref="SmallestEffectRule"/>.</param>
/// <param name="SmallestEffectRule">How it was set and how it is judged.</param>
/// <param name="NaiveSlopePer10Hours">The naive pooled slope per 10 hours (all students, no adjustment), for contrast only.</param>
/// <param name="Cautions">Why a naive comparison would mislead here, in plain words.</param>
/// <param name="Tests">The family of tests the summary reports, with raw and Holm-adjusted p.</param>
public sealed record Answer(
    string Source,
    string Verdict,
    string Title,
    string Headline,
    string Explanation,
    string? Basis,
    string? MinutesType,
    double? EffectPer10Hours,
    double? CiLow,
    double? CiHigh,
    double? PValue,
    double? PHolm,
    double SmallestEffectPoints,
    string SmallestEffectRule,
    double NaiveSlopePer10Hours,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<FamilyTest> Tests);

/// <summary>One test in the family the summary reports.</summary>
/// <param name="Label">What was tested.</param>
/// <param name="PValue">Raw two-sided p.</param>
/// <param name="PHolm">Holm-adjusted p.</param>
public sealed record FamilyTest(string Label, double PValue, double PHolm);
