using OtSim.Silo.Web;

namespace OtSim.Silo;

/// <summary>Where a standalone silo serves the Orleans dashboard.</summary>
/// <param name="Port">TCP port.</param>
/// <param name="Access">Address and token: loopback without a token, anything else with one.</param>
public sealed record SiloDashboard(int Port, WebAccess Access);
