using OtSim.Model.Scenarios;

namespace OtSim.Model.Progress;

/// <summary>
/// The weekly equations of the progress model, one mechanism per method, so each can be tested alone.
/// docs/MODEL.md writes them out with their parameters.
/// </summary>
public static class PracticeModel
{
    /// <summary>
    /// Teacher fidelity after one school week: it fades by <c>fidelityDecayPerWeek</c> and grows towards 1 with coaching,
    /// f' = f(1 - decay) + coachingGain * collaboration * (1 - exp(-coachingMinutes / consultScale)) * (1 - f), with
    /// coachingMinutes per student with an IEP (<see cref="CoachingMinutesPerStudent"/>), the unit of consultScale.
    /// </summary>
    public static double NextFidelity(double fidelity, double collaboration, double coachingMinutes, ModelParameters p)
    {
        double coaching = p.CoachingGain * collaboration * (1 - Math.Exp(-coachingMinutes / p.ConsultScaleMinutes));
        return Math.Clamp(fidelity * (1 - p.FidelityDecayPerWeek) + coaching * (1 - fidelity), 0, 1);
    }

    /// <summary>Coaching minutes a teacher receives in a week: consultation plus push-in time weighted as modelling.</summary>
    public static double CoachingMinutes(double consultMinutes, double integratedMinutes, ModelParameters p) =>
        consultMinutes + p.IntegratedCoachingWeight * integratedMinutes;

    /// <summary>
    /// Coaching minutes per student with an IEP in the class: the classroom's summed coaching divided by its students with
    /// IEPs, so it is on the same per-student scale as <c>consultScaleMinutes</c> (PT COUNTS: 13 minutes a week per student).
    /// </summary>
    public static double CoachingMinutesPerStudent(double classroomCoachingMinutes, int studentsWithIeps) =>
        studentsWithIeps > 0 ? classroomCoachingMinutes / studentsWithIeps : 0;

    /// <summary>
    /// Routine minutes a pull-out week takes the student away from: <c>pulloutRoutineOverlap</c> of the direct minutes fall
    /// during the goal activity's routine blocks, at most the week's routine minutes.
    /// </summary>
    public static double RoutineMinutesMissedByPullout(double directMinutes, double routineMinutes, ModelParameters p) =>
        Math.Min(routineMinutes, directMinutes * p.PulloutRoutineOverlap);

    /// <summary>
    /// Push-in minutes spent inside the goal activity's routine blocks: no more than the integrated minutes, than one block
    /// per push-in session (a 30-minute visit to a 10-minute writing block gives 10), or than the week's routine minutes.
    /// </summary>
    public static double PushInRoutineOverlap(double integratedMinutes, double integratedSessions, double blockMinutes, double routineMinutes) =>
        Math.Min(Math.Min(integratedMinutes, integratedSessions * blockMinutes), routineMinutes);

    /// <summary>
    /// Routine minutes the student spends in class practising with the teacher alone: the attended routine minus the
    /// minutes missed by pull-out and the minutes already counted as push-in practice (each minute counts once).
    /// </summary>
    public static double TeacherRoutineMinutes(double routineMinutes, double attendance, double missedByPullout, double pushInOverlap) =>
        Math.Max(0, routineMinutes * attendance - missedByPullout - pushInOverlap);

    /// <summary>
    /// Effective practice from the class routine: the routine minutes practised with the teacher, valued between
    /// unsupported practice and fully embedded practice according to the teacher's fidelity and the attention share.
    /// </summary>
    public static double EmbeddedPractice(double teacherRoutineMinutes, double fidelity, double attentionShare, ModelParameters p) =>
        teacherRoutineMinutes
        * (p.UnsupportedPracticeQuality + (p.EmbeddedPracticeQuality - p.UnsupportedPracticeQuality) * fidelity * attentionShare);

    /// <summary>
    /// The teacher's attention share per student with an IEP, diluted by the other students with IEPs and, with weight
    /// <c>peerAttentionWeight</c>, by the rest of the class:
    /// 1 / (1 + dilution * ((students with IEPs - 1) + peerWeight * (class size - students with IEPs))).
    /// </summary>
    public static double AttentionShare(int studentsWithIeps, int classSize, ModelParameters p) =>
        1.0 / (1.0 + p.TeacherAttentionDilution * ((studentsWithIeps - 1) + p.PeerAttentionWeight * Math.Max(0, classSize - studentsWithIeps)));

    /// <summary>Effective practice from pull-out minutes: active share times the part that transfers to class.</summary>
    public static double PulloutPractice(double directMinutes, ModelParameters p) =>
        directMinutes * p.ActivePracticeShare * p.PulloutTransfer;

    /// <summary>Effective practice from the push-in minutes inside the routine (<see cref="PushInRoutineOverlap"/>).</summary>
    public static double IntegratedPractice(double pushInOverlapMinutes, ModelParameters p) =>
        pushInOverlapMinutes * p.ActivePracticeShare * p.IntegratedTransfer;

    /// <summary>Diminishing returns within a week: dose = S (1 - exp(-practice / S)), S = weeklySaturationMinutes.</summary>
    public static double Dose(double effectivePractice, ModelParameters p) =>
        p.WeeklySaturationMinutes * (1 - Math.Exp(-effectivePractice / p.WeeklySaturationMinutes));

    /// <summary>A student's learning rate in points per effective minute: goal / (hours to goal * 60) * responsiveness * (1 - drag * severity).</summary>
    public static double LearningRate(double responsiveness, double severity, ModelParameters p) =>
        p.GoalGainPoints / (p.PracticeHoursToGoal * 60.0) * responsiveness * (1 - p.SeverityDrag * severity);

    /// <summary>Headroom: the share of the distance to the ceiling (100) left, relative to where the student started.</summary>
    public static double Headroom(double performance, double baseline) =>
        Math.Max(0, (100 - performance) / (100 - baseline));

    /// <summary>One school week's expected gain (before noise): rate * headroom * dose + maturation.</summary>
    public static double ExpectedGain(double rate, double headroom, double dose, ModelParameters p) =>
        rate * headroom * dose + p.MaturationPerWeek;
}
