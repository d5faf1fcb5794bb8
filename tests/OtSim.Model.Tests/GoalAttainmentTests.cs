using OtSim.Model.Outcomes;

namespace OtSim.Model.Tests;

public sealed class GoalAttainmentTests
{
    [Theory]
    [InlineData(-2, 30.0)]
    [InlineData(0, 50.0)]
    [InlineData(1, 60.0)]
    public void OneGoalReducesToFiftyPlusTenX(int level, double expected) =>
        Assert.Equal(expected, GoalAttainment.TScore([level], [1.0]), 12);

    [Fact]
    public void ThreeGoalsMatchTheKiresukShermanFormulaByHand()
    {
        // x = (1, 0, -1), w = (2, 1, 1), rho = 0.3: sum(wx) = 1; (1-.3)*6 + .3*16 = 9; T = 50 + 10/3.
        Assert.Equal(50 + 10.0 / 3.0, GoalAttainment.TScore([1, 0, -1], [2.0, 1.0, 1.0], 0.3), 12);
    }

    [Theory]
    [InlineData(0.0, -2)]
    [InlineData(3.5, -1)]
    [InlineData(7.0, 0)]
    [InlineData(10.5, 1)]
    [InlineData(30.0, 2)]
    [InlineData(-5.0, -2)]
    public void LevelsFollowHalfGoalSteps(double progress, int level) =>
        Assert.Equal(level, GoalAttainment.Level(GoalAttainment.ContinuousLevel(progress, 7, 0)));
}
