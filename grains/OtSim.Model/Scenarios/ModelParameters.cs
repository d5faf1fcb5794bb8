namespace OtSim.Model.Scenarios;

/// <summary>
/// The mechanism parameters of the progress model. Defaults, ranges and sources are listed in
/// <see cref="ParameterCatalog"/> and docs/MODEL.md; a scenario may override any of them.
/// </summary>
public sealed record ModelParameters
{
    /// <summary>Share of a session's minutes that is active practice of the goal activity.</summary>
    public double ActivePracticeShare { get; init; } = 0.4;

    /// <summary>Share of pull-out practice that transfers to classroom performance.</summary>
    public double PulloutTransfer { get; init; } = 1;

    /// <summary>Share of push-in practice that counts (it happens in the real routine).</summary>
    public double IntegratedTransfer { get; init; } = 1.0;

    /// <summary>Share of pull-out minutes that fall during the goal activity's routine blocks (practice the student misses).</summary>
    public double PulloutRoutineOverlap { get; init; } = 0.33;

    /// <summary>Practice value of a routine minute when the teacher embeds the strategies fully.</summary>
    public double EmbeddedPracticeQuality { get; init; } = 0.15;

    /// <summary>Practice value of a routine minute with no adaptation for the student.</summary>
    public double UnsupportedPracticeQuality { get; init; } = 0.005;

    /// <summary>Effective practice minutes per week at which returns saturate (diminishing returns within a week).</summary>
    public double WeeklySaturationMinutes { get; init; } = 5;

    /// <summary>Hours of effective practice that move an average student by one goal's worth of points.</summary>
    public double PracticeHoursToGoal { get; init; } = 1.45;

    /// <summary>Points of gain the IEP goal expects over the year (GAS level 0).</summary>
    public double GoalGainPoints { get; init; } = 14;

    /// <summary>How much severity slows learning: rate is multiplied by (1 - drag * severity).</summary>
    public double SeverityDrag { get; init; } = 0.5;

    /// <summary>Points gained per school week from maturation and general teaching, with or without OT.</summary>
    public double MaturationPerWeek { get; init; } = 0.06;

    /// <summary>Standard deviation of week-to-week progress noise (points).</summary>
    public double ProgressNoiseSd { get; init; } = 0.3;

    /// <summary>Standard deviation of a performance measurement (points).</summary>
    public double MeasurementSd { get; init; } = 3;

    /// <summary>Standard deviation of GAS rater noise in T-score points.</summary>
    public double GasRaterNoiseT { get; init; } = 9;

    /// <summary>Weekly fidelity gain at full collaboration and saturating consultation (coaching effect).</summary>
    public double CoachingGain { get; init; } = 0.08;

    /// <summary>Coaching minutes per week per student with an IEP at which the coaching effect is 63% of its maximum.</summary>
    public double ConsultScaleMinutes { get; init; } = 15;

    /// <summary>Weight of push-in minutes as modelling for the teacher, relative to consultation minutes.</summary>
    public double IntegratedCoachingWeight { get; init; } = 0.5;

    /// <summary>Share of fidelity lost each school week (it fades without coaching).</summary>
    public double FidelityDecayPerWeek { get; init; } = 0.05;

    /// <summary>Fidelity at the start of the year for a teacher with collaboration 0.</summary>
    public double InitialFidelityBase { get; init; } = 0.05;

    /// <summary>Extra starting fidelity per unit of collaboration.</summary>
    public double InitialFidelityPerCollaboration { get; init; } = 0.2;

    /// <summary>Dilution of the teacher's embedded support per additional student with an IEP in the class.</summary>
    public double TeacherAttentionDilution { get; init; } = 0.1;

    /// <summary>Attention a classmate without an IEP draws from the teacher, relative to a student with an IEP.</summary>
    public double PeerAttentionWeight { get; init; } = 0.1;

    /// <summary>Share of routine practice left in a testing week.</summary>
    public double TestingWeekRoutineFactor { get; init; } = 0.5;

    /// <summary>Shortest share of a session kept when a therapist over capacity shortens sessions; below it, sessions are dropped.</summary>
    public double MinSessionFraction { get; init; } = 0.75;

    /// <summary>Most make-up minutes one student can receive in a week.</summary>
    public double MakeupCapMinutesPerWeek { get; init; } = 30;
}
