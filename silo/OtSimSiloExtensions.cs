using Microsoft.Extensions.DependencyInjection;
using OtSim.Grains;

namespace OtSim.Silo;

/// <summary>Wiring shared by the standalone silo, the client's embedded silo and the test cluster.</summary>
public static class OtSimSiloExtensions
{
    /// <summary>Registers what OtSim's grains need on a silo.</summary>
    public static ISiloBuilder AddOtSimGrains(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ScenarioCatalog>();
        return silo;
    }
}
