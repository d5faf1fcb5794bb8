namespace OtSim.Model.Scenarios;

/// <summary>One model parameter: its scenario name, default, allowed range and source.</summary>
public sealed record ParameterInfo(
    string Name,
    double Default,
    double Min,
    double Max,
    string Source,
    Func<ModelParameters, double> Get,
    Func<ModelParameters, double, ModelParameters> Set);

/// <summary>
/// Every model parameter with its default, plausible range and source. The scenario loader validates
/// overrides against these ranges; docs/MODEL.md prints the same table.
/// </summary>
public static class ParameterCatalog
{
    /// <summary>All parameters, in documentation order.</summary>
    public static IReadOnlyList<ParameterInfo> All { get; } =
    [
        new("activePracticeShare", 0.4, 0.05, 1, "AD3 data: about 12 active minutes per 30-minute session (range 0.3-0.7)", p => p.ActivePracticeShare, (p, v) => p with { ActivePracticeShare = v }),
        new("pulloutTransfer", 1, 0, 1, "calibrated to Case-Smith 2002 (OT vs none); pull-out's cost is now the routine it misses (pulloutRoutineOverlap)", p => p.PulloutTransfer, (p, v) => p with { PulloutTransfer = v }),
        new("integratedTransfer", 1.0, 0, 1, "assumption: push-in practice is in the real routine", p => p.IntegratedTransfer, (p, v) => p with { IntegratedTransfer = v }),
        new("pulloutRoutineOverlap", 0.33, 0, 1, "assumption: about one 10-minute routine block missed per 30-minute pull-out session", p => p.PulloutRoutineOverlap, (p, v) => p with { PulloutRoutineOverlap = v }),
        new("embeddedPracticeQuality", 0.15, 0, 1, "calibrated: consultation 13 min/week raises end performance about 0.18 SD (Kraft et al. 2018)", p => p.EmbeddedPracticeQuality, (p, v) => p with { EmbeddedPracticeQuality = v }),
        new("unsupportedPracticeQuality", 0.005, 0, 1, "calibrated: no OT gains about 5.8 points a year (Case-Smith 2002)", p => p.UnsupportedPracticeQuality, (p, v) => p with { UnsupportedPracticeQuality = v }),
        new("weeklySaturationMinutes", 5, 5, 600, "calibrated: 5x the weekly sessions adds little (Fey et al. 2013)", p => p.WeeklySaturationMinutes, (p, v) => p with { WeeklySaturationMinutes = v }),
        new("practiceHoursToGoal", 1.45, 1, 100, "calibrated to Case-Smith 2002 (+14.2 vs +5.8); in effective minutes after active share, transfer and saturation, so far below Jackman 2020's 14-25 session hours", p => p.PracticeHoursToGoal, (p, v) => p with { PracticeHoursToGoal = v }),
        new("goalGainPoints", 14, 1, 50, "calibrated: about the gain of a year of typical OT (Case-Smith 2002: +14.2), so about half of such students meet their goal", p => p.GoalGainPoints, (p, v) => p with { GoalGainPoints = v }),
        new("severityDrag", 0.5, 0, 0.95, "assumption (need slows progress; Barnes & Turner 2001 confounding)", p => p.SeverityDrag, (p, v) => p with { SeverityDrag = v }),
        new("maturationPerWeek", 0.06, 0, 2, "calibrated: no OT gains about 5.8 points a year (Case-Smith 2002)", p => p.MaturationPerWeek, (p, v) => p with { MaturationPerWeek = v }),
        new("progressNoiseSd", 0.3, 0, 5, "assumption", p => p.ProgressNoiseSd, (p, v) => p with { ProgressNoiseSd = v }),
        new("measurementSd", 3, 0, 20, "assumption (criterion-referenced 0-100 scale such as the SFA)", p => p.MeasurementSd, (p, v) => p with { MeasurementSd = v }),
        new("gasRaterNoiseT", 9, 0, 20, "derived from Bovend'Eerdt 2011 (ICC .478); range 5-12", p => p.GasRaterNoiseT, (p, v) => p with { GasRaterNoiseT = v }),
        new("coachingGain", 0.08, 0, 1, "assumption, scaled to Kraft et al. 2018 (coaching raises teacher practice 0.49 SD)", p => p.CoachingGain, (p, v) => p with { CoachingGain = v }),
        new("consultScaleMinutes", 15, 1, 240, "assumption, per student with an IEP (the classroom's coaching is averaged over them); PT COUNTS on-behalf time 13 min/week per student", p => p.ConsultScaleMinutes, (p, v) => p with { ConsultScaleMinutes = v }),
        new("integratedCoachingWeight", 0.5, 0, 1, "assumption", p => p.IntegratedCoachingWeight, (p, v) => p with { IntegratedCoachingWeight = v }),
        new("fidelityDecayPerWeek", 0.05, 0, 1, "assumption (implementation fades without coaching)", p => p.FidelityDecayPerWeek, (p, v) => p with { FidelityDecayPerWeek = v }),
        new("initialFidelityBase", 0.05, 0, 1, "assumption", p => p.InitialFidelityBase, (p, v) => p with { InitialFidelityBase = v }),
        new("initialFidelityPerCollaboration", 0.2, 0, 1, "assumption", p => p.InitialFidelityPerCollaboration, (p, v) => p with { InitialFidelityPerCollaboration = v }),
        new("teacherAttentionDilution", 0.1, 0, 1, "assumption", p => p.TeacherAttentionDilution, (p, v) => p with { TeacherAttentionDilution = v }),
        new("peerAttentionWeight", 0.1, 0, 1, "assumption: a classmate without an IEP draws a tenth of the teacher's attention a student with an IEP draws", p => p.PeerAttentionWeight, (p, v) => p with { PeerAttentionWeight = v }),
        new("testingWeekRoutineFactor", 0.5, 0, 1, "assumption", p => p.TestingWeekRoutineFactor, (p, v) => p with { TestingWeekRoutineFactor = v }),
        new("minSessionFraction", 0.75, 0, 1, "assumption (documented capacity rule)", p => p.MinSessionFraction, (p, v) => p with { MinSessionFraction = v }),
        new("makeupCapMinutesPerWeek", 30, 0, 300, "assumption; make-ups owed per U.S. federal guidance 2007", p => p.MakeupCapMinutesPerWeek, (p, v) => p with { MakeupCapMinutesPerWeek = v }),
    ];

    /// <summary>Finds a parameter by its scenario name, or null.</summary>
    public static ParameterInfo? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
