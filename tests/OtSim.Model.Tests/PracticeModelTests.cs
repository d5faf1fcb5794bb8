using OtSim.Model.Progress;
using OtSim.Model.Scenarios;

namespace OtSim.Model.Tests;

/// <summary>Each mechanism's direction and bounds, over a grid of inputs.</summary>
public sealed class PracticeModelTests
{
    private static readonly ModelParameters P = new();
    private static readonly double[] Unit = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1];

    [Fact]
    public void MoreFidelityNeverLowersEmbeddedPractice()
    {
        foreach (double share in Unit.Where(s => s > 0))
        {
            for (int i = 1; i < Unit.Length; i++)
            {
                Assert.True(PracticeModel.EmbeddedPractice(90, Unit[i], share, P) >= PracticeModel.EmbeddedPractice(90, Unit[i - 1], share, P));
            }
        }
    }

    [Fact]
    public void EmbeddedPracticeIsBoundedByRoutineTimesQuality()
    {
        Assert.Equal(100 * P.UnsupportedPracticeQuality, PracticeModel.EmbeddedPractice(100, 0, 1, P), 12);
        Assert.Equal(100 * P.EmbeddedPracticeQuality, PracticeModel.EmbeddedPractice(100, 1, 1, P), 12);
        Assert.Equal(0, PracticeModel.EmbeddedPractice(0, 1, 1, P));
        Assert.True(PracticeModel.TeacherRoutineMinutes(100, 0.5, 0, 0) < PracticeModel.TeacherRoutineMinutes(100, 1, 0, 0));
    }

    [Fact]
    public void PulloutMinutesInsideTheRoutineAreRoutinePracticeMissed()
    {
        var p = P with { PulloutRoutineOverlap = 1.0 / 3, UnsupportedPracticeQuality = 0.1, EmbeddedPracticeQuality = 0.3 };
        // 30 pull-out minutes, a third of them during the routine: 10 of the week's 100 routine minutes are missed.
        Assert.Equal(10, PracticeModel.RoutineMinutesMissedByPullout(30, 100, p), 12);
        // Never more than the routine itself: 600 minutes of pull-out in a 100-minute routine miss 100.
        Assert.Equal(100, PracticeModel.RoutineMinutesMissedByPullout(600, 100, p), 12);
        // Attending 90% of 100 routine minutes and missing 10 of them leaves 100 * 0.9 - 10 = 80 minutes with the teacher.
        Assert.Equal(80, PracticeModel.TeacherRoutineMinutes(100, 0.9, 10, 0), 12);
        // At fidelity 0.5 and attention share 0.8 a minute is worth 0.1 + (0.3 - 0.1) * 0.5 * 0.8 = 0.18: 80 * 0.18 = 14.4
        // effective minutes, 1.8 fewer than the 90 * 0.18 = 16.2 the student would have had without pull-out.
        Assert.Equal(14.4, PracticeModel.EmbeddedPractice(80, 0.5, 0.8, p), 12);
        // With no overlap (the model before issue 12) pull-out costs no routine practice.
        Assert.Equal(0, PracticeModel.RoutineMinutesMissedByPullout(30, 100, p with { PulloutRoutineOverlap = 0 }));
    }

    [Fact]
    public void PushInMinutesInsideTheRoutineCountOnce()
    {
        var p = P with { ActivePracticeShare = 0.4, IntegratedTransfer = 1, UnsupportedPracticeQuality = 0.1, EmbeddedPracticeQuality = 0.3 };
        // Two 10-minute push-in visits to 10-minute blocks: 20 of the 100 routine minutes are push-in minutes.
        double overlap = PracticeModel.PushInRoutineOverlap(20, 2, 10, 100);
        Assert.Equal(20, overlap, 12);
        // Attendance 0.9: 100 * 0.9 - 20 = 70 minutes stay with the teacher; at fidelity 0 they are worth 70 * 0.1 = 7.
        double withTeacher = PracticeModel.TeacherRoutineMinutes(100, 0.9, 0, overlap);
        Assert.Equal(70, withTeacher, 12);
        Assert.Equal(7, PracticeModel.EmbeddedPractice(withTeacher, 0, 1, p), 12);
        // The 20 push-in minutes are worth 20 * 0.4 * 1 = 8 instead of the 20 * 0.1 = 2 they would have been worth:
        // the week's routine practice is 7 + 8 = 15, not 9 + 8 = 17 (overlap counted twice).
        Assert.Equal(8, PracticeModel.IntegratedPractice(overlap, p), 12);
        Assert.Equal(15, PracticeModel.EmbeddedPractice(withTeacher, 0, 1, p) + PracticeModel.IntegratedPractice(overlap, p), 12);
        // Push-in overlap is capped by the routine itself (a testing week halves it to 50).
        Assert.Equal(50, PracticeModel.PushInRoutineOverlap(120, 12, 10, 50), 12);
    }

    [Fact]
    public void CoachingRaisesFidelityOnlyWithCollaborationAndFidelityFadesWithout()
    {
        Assert.True(PracticeModel.NextFidelity(0.3, 0.8, 30, P) > 0.3);
        Assert.True(PracticeModel.NextFidelity(0.3, 0.8, 30, P) > PracticeModel.NextFidelity(0.3, 0.2, 30, P));
        Assert.True(PracticeModel.NextFidelity(0.3, 0.8, 0, P) < 0.3);
        Assert.True(PracticeModel.NextFidelity(0.3, 0, 120, P) < 0.3);
        foreach (double f in Unit)
        {
            foreach (double minutes in new double[] { 0, 5, 30, 600 })
            {
                Assert.InRange(PracticeModel.NextFidelity(f, 1, minutes, P), 0, 1);
                Assert.True(PracticeModel.NextFidelity(f, 1, minutes + 10, P) >= PracticeModel.NextFidelity(f, 1, minutes, P));
            }
        }
    }

    [Fact]
    public void CoachingIsComparedWithTheConsultScalePerStudent()
    {
        var p = P with { CoachingGain = 0.1, ConsultScaleMinutes = 15, FidelityDecayPerWeek = 0, IntegratedCoachingWeight = 0.5 };
        // Three students, each with 10 minutes of consultation and 10 of push-in: 3 * (10 + 0.5 * 10) = 45 minutes, 15 per student.
        double perStudent = PracticeModel.CoachingMinutesPerStudent(3 * PracticeModel.CoachingMinutes(10, 10, p), 3);
        Assert.Equal(15, perStudent, 12);
        // At the scale the coaching effect is 1 - exp(-1) = 0.632 of its maximum: from fidelity 0 at full collaboration,
        // f' = 0.1 * 0.632 = 0.0632 (the classroom's sum, 45, would have given 0.1 * (1 - exp(-3)) = 0.095).
        Assert.Equal(0.1 * (1 - Math.Exp(-1)), PracticeModel.NextFidelity(0, 1, perStudent, p), 12);
        Assert.Equal(0, PracticeModel.CoachingMinutesPerStudent(30, 0));
    }

    [Fact]
    public void PulloutPracticeIsActiveShareTimesTransfer()
    {
        var partly = P with { ActivePracticeShare = 0.4, PulloutTransfer = 0.35 };
        // 30 minutes * 0.4 active * 0.35 transferred = 4.2 effective minutes.
        Assert.Equal(4.2, PracticeModel.PulloutPractice(30, partly), 12);
        Assert.True(PracticeModel.PulloutPractice(30, partly) < PracticeModel.PulloutPractice(30, partly with { PulloutTransfer = 1 }));
    }

    [Fact]
    public void ClassmatesWithoutAnIepShareTheTeachersAttention()
    {
        var p = P with { TeacherAttentionDilution = 0.1, PeerAttentionWeight = 0.1 };
        // 3 students with IEPs in a class of 24: 1 / (1 + 0.1 * ((3 - 1) + 0.1 * (24 - 3))) = 1 / 1.41.
        Assert.Equal(1 / 1.41, PracticeModel.AttentionShare(3, 24, p), 12);
        // A class of 34: 1 / (1 + 0.1 * (2 + 0.1 * 31)) = 1 / 1.51, a smaller share.
        Assert.Equal(1 / 1.51, PracticeModel.AttentionShare(3, 34, p), 12);
        // With peer weight 0 class size does not matter: 1 / (1 + 0.1 * 2) = 1 / 1.2, the model before issue 12.
        Assert.Equal(1 / 1.2, PracticeModel.AttentionShare(3, 34, p with { PeerAttentionWeight = 0 }), 12);
        // A student alone in the class has the teacher's whole attention.
        Assert.Equal(1, PracticeModel.AttentionShare(1, 1, p), 12);
    }

    [Fact]
    public void PushInCountsOnlyWhileTheRoutineRuns()
    {
        // One 30-minute visit to a 10-minute writing block is worth what 10 minutes are.
        Assert.Equal(10, PracticeModel.PushInRoutineOverlap(30, 1, 10, 100), 12);
        // The same 30 minutes as three 10-minute visits all count.
        Assert.Equal(30, PracticeModel.PushInRoutineOverlap(30, 3, 10, 100), 12);
        Assert.Equal(3 * PracticeModel.IntegratedPractice(10, P), PracticeModel.IntegratedPractice(30, P), 12);
    }

    [Fact]
    public void DoseHasDiminishingReturnsAndNeverExceedsSaturation()
    {
        // A saturation of 60 keeps every step of the grid above double precision (the default, 5, saturates by 200 minutes).
        var p = P with { WeeklySaturationMinutes = 60 };
        double previous = 0, previousStep = double.MaxValue;
        for (int minutes = 10; minutes <= 600; minutes += 10)
        {
            double dose = PracticeModel.Dose(minutes, p);
            Assert.True(dose > previous);
            Assert.True(dose - previous < previousStep);
            Assert.True(dose <= Math.Min(minutes, p.WeeklySaturationMinutes));
            previousStep = dose - previous;
            previous = dose;
        }
    }

    [Fact]
    public void SeverityAndCeilingSlowProgress()
    {
        Assert.True(PracticeModel.LearningRate(1, 0.9, P) < PracticeModel.LearningRate(1, 0.1, P));
        Assert.True(PracticeModel.LearningRate(1.3, 0.5, P) > PracticeModel.LearningRate(0.7, 0.5, P));
        Assert.Equal(1, PracticeModel.Headroom(60, 60), 12);
        Assert.True(PracticeModel.Headroom(90, 60) < PracticeModel.Headroom(70, 60));
        Assert.Equal(0, PracticeModel.Headroom(100, 60));
        // At full headroom, PracticeHoursToGoal hours of effective practice earn the goal (plus maturation) for an average student.
        double rate = PracticeModel.LearningRate(1, 0, P);
        Assert.Equal(P.GoalGainPoints, rate * P.PracticeHoursToGoal * 60, 9);
    }
}
