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
                Assert.True(PracticeModel.EmbeddedPractice(100, 0.9, Unit[i], share, P) >= PracticeModel.EmbeddedPractice(100, 0.9, Unit[i - 1], share, P));
            }
        }
    }

    [Fact]
    public void EmbeddedPracticeIsBoundedByRoutineTimesQuality()
    {
        Assert.Equal(100 * P.UnsupportedPracticeQuality, PracticeModel.EmbeddedPractice(100, 1, 0, 1, P), 12);
        Assert.Equal(100 * P.EmbeddedPracticeQuality, PracticeModel.EmbeddedPractice(100, 1, 1, 1, P), 12);
        Assert.Equal(0, PracticeModel.EmbeddedPractice(0, 1, 1, 1, P));
        Assert.True(PracticeModel.EmbeddedPractice(100, 0.5, 0.5, 1, P) < PracticeModel.EmbeddedPractice(100, 1, 0.5, 1, P));
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
    public void PulloutTransfersOnlyPartly()
    {
        Assert.Equal(30 * P.ActivePracticeShare * P.PulloutTransfer, PracticeModel.PulloutPractice(30, P), 12);
        Assert.True(PracticeModel.PulloutPractice(30, P) < PracticeModel.PulloutPractice(30, P with { PulloutTransfer = 1 }));
    }

    [Fact]
    public void PushInCountsOnlyWhileTheRoutineRuns()
    {
        // One 30-minute visit to a 10-minute writing block is worth what 10 minutes are.
        Assert.Equal(PracticeModel.IntegratedPractice(10, 1, 10, P), PracticeModel.IntegratedPractice(30, 1, 10, P), 12);
        // The same 30 minutes as three 10-minute visits all count.
        Assert.Equal(3 * PracticeModel.IntegratedPractice(10, 1, 10, P), PracticeModel.IntegratedPractice(30, 3, 10, P), 12);
    }

    [Fact]
    public void DoseHasDiminishingReturnsAndNeverExceedsSaturation()
    {
        double previous = 0, previousStep = double.MaxValue;
        for (int minutes = 10; minutes <= 600; minutes += 10)
        {
            double dose = PracticeModel.Dose(minutes, P);
            Assert.True(dose > previous);
            Assert.True(dose - previous < previousStep);
            Assert.True(dose <= Math.Min(minutes, P.WeeklySaturationMinutes));
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
