using OtSim.Silo.Web;

namespace OtSim.EndToEnd.Tests;

/// <summary>The serve page and the silo's dashboard share one access rule: it lives in the silo's assembly, and the client keeps no copy.</summary>
public sealed class AccessRuleTests
{
    [Fact]
    public void The_client_has_no_guard_of_its_own()
    {
        var client = typeof(OtSim.Client.Cli.CommandDispatcher).Assembly;
        var silo = typeof(OtSim.Silo.SiloOptions).Assembly;
        foreach (var guard in new[] { typeof(TokenGuard), typeof(HostGuard), typeof(WebAccess) })
        {
            Assert.Same(silo, guard.Assembly);
            Assert.DoesNotContain(client.GetTypes(), t => t.Name == guard.Name);
        }
    }

    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("localhost", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("0.0.0.0", "twelve-chars", true)]
    [InlineData("0.0.0.0", null, false)]
    [InlineData("10.0.0.1", "short", false)]
    public void Loopback_needs_no_token_and_anything_else_one_of_12_characters(string host, string? token, bool allowed)
    {
        var serve = Record.Exception(() => OtSim.Client.Web.ServeSettings.Create(host, 5080, token, "out"));
        var silo = Record.Exception(() => SiloOptions(host, token));
        Assert.Equal(allowed, serve is null);
        Assert.Equal(allowed, silo is null);
    }

    private static OtSim.Silo.SiloOptions? SiloOptions(string host, string? token) =>
        OtSim.Silo.SiloOptions.Parse(token is null ? ["--dashboard", "--dashboard-host", host] : ["--dashboard", "--dashboard-host", host, "--token", token]);
}
