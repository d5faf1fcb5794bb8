namespace OtSim.EndToEnd.Tests;

/// <summary>The client talks to grains only through the contracts: its own code never uses a grain implementation.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void TheClientAssemblyDoesNotReferenceTheGrainsAssembly()
    {
        var client = typeof(OtSim.Client.Cli.CommandDispatcher).Assembly;
        var referenced = client.GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.Contains("OtSim.Contracts", referenced);
        Assert.DoesNotContain("OtSim.Grains", referenced);
    }

    [Fact]
    public void TheModelHasNoOrleansTypes()
    {
        var model = typeof(OtSim.Model.Scenarios.Scenario).Assembly;
        Assert.DoesNotContain(model.GetReferencedAssemblies(), a => a.Name!.StartsWith("Orleans", StringComparison.Ordinal) || a.Name!.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
    }

    [Fact]
    public void TheContractsReferenceNoGrainsAnalysisMathOrChartTypes()
    {
        // The contracts carry the model's own records (through Orleans surrogates), so they reference the model and nothing heavier.
        var contracts = typeof(OtSim.Contracts.CellRequest).Assembly;
        var referenced = contracts.GetReferencedAssemblies().Select(a => a.Name).ToArray();
        Assert.Contains("OtSim.Model", referenced);
        Assert.DoesNotContain(referenced, name => name is "OtSim.Grains" or "OtSim.Analysis" or "MathNet.Numerics" or "OxyPlot" or "OxyPlot.Core");
    }
}
