namespace OtSim.Statistics.Tests;

public class DesignMatrixTests
{
    private static readonly Dictionary<string, double[]> Data = new()
    {
        ["a"] = [1, 2, 3, 4],
        ["b"] = [2, 0, 1, 5],
        ["c"] = [0.5, 0.25, 1, 2],
    };

    [Theory]
    [InlineData("a + b + a:b", new[] { "(Intercept)", "a", "b", "a:b" })]
    [InlineData("y ~ a * b + c", new[] { "(Intercept)", "a", "b", "c", "a:b" })]
    [InlineData("b:a + a + b", new[] { "(Intercept)", "a", "b", "b:a" })]
    [InlineData("a + b + b:a", new[] { "(Intercept)", "a", "b", "a:b" })]
    [InlineData("a * b * c", new[] { "(Intercept)", "a", "b", "c", "a:b", "a:c", "b:c", "a:b:c" })]
    [InlineData("0 + a + a", new[] { "a" })]
    [InlineData("a + b - 1", new[] { "a", "b" })]
    public void TermNames_FollowRTermsFormula(string formula, string[] expected)
    {
        // Expected labels are what R prints for colnames(model.matrix(formula)) with numeric a, b, c.
        var design = DesignMatrix.FromFormula(formula, Data);
        Assert.Equal(expected, design.TermNames);
    }

    [Fact]
    public void Interaction_IsElementwiseProduct()
    {
        var design = DesignMatrix.Build(Data, ["a", "b", "a:b"]);
        Assert.Equal([2.0, 0, 3, 20], design.Column(3));
        Assert.Equal([1.0, 1, 1, 1], design.Column(0));
        Assert.True(design.HasIntercept);
        Assert.Equal(4, design.RowCount);
    }

    [Fact]
    public void UnknownVariable_Throws() =>
        Assert.Throws<ArgumentException>(() => DesignMatrix.FromFormula("a + zzz", Data));
}
