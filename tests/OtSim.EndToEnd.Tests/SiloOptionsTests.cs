using OtSim.Silo;
using OtSim.Silo.Web;

namespace OtSim.EndToEnd.Tests;

/// <summary>The standalone silo's dashboard options: loopback by default, a token off loopback, one-line errors.</summary>
public sealed class SiloOptionsTests
{
    [Fact]
    public void Without_dashboard_the_silo_serves_none()
    {
        Assert.Null(SiloOptions.Parse(["--silo-port", "11112"])!.Dashboard);
    }

    [Fact]
    public void Dashboard_alone_is_port_8080_on_loopback_without_a_token()
    {
        var options = SiloOptions.Parse(["--dashboard", "--silo-port", "11112"])!;
        Assert.Equal(11112, options.SiloPort);
        Assert.Equal(new SiloDashboard(SiloOptions.DefaultDashboardPort, new WebAccess("127.0.0.1", null)), options.Dashboard);
        Assert.Equal(8080, SiloOptions.DefaultDashboardPort);
    }

    [Fact]
    public void Dashboard_takes_a_port_an_address_and_a_token()
    {
        var options = SiloOptions.Parse(["--dashboard", "14650", "--dashboard-host", "0.0.0.0", "--token", "a-long-enough-token"])!;
        Assert.Equal(new SiloDashboard(14650, new WebAccess("0.0.0.0", "a-long-enough-token")), options.Dashboard);
        var fromEnvironment = SiloOptions.Parse(["--dashboard", "--dashboard-host", "0.0.0.0"], environmentToken: "token-from-environment")!;
        Assert.Equal("token-from-environment", fromEnvironment.Dashboard!.Access.Token);
    }

    [Theory]
    [InlineData("--dashboard-host: \"not-an-address\" is not an IP address", "--dashboard", "--dashboard-host", "not-an-address")]
    [InlineData("give a token with --token", "--dashboard", "--dashboard-host", "0.0.0.0")]
    [InlineData("--token: use at least 12 characters", "--dashboard", "--dashboard-host", "192.0.2.10", "--token", "short")]
    [InlineData("--dashboard needs a port number", "--dashboard", "0")]
    [InlineData("--dashboard needs a port number", "--dashboard", "http")]
    [InlineData("--token is a setting of the dashboard", "--token", "a-long-enough-token")]
    [InlineData("--dashboard-host is a setting of the dashboard", "--dashboard-host", "127.0.0.1")]
    public void Bad_dashboard_options_are_one_line_naming_the_option(string expected, params string[] args)
    {
        string message = Assert.Throws<ArgumentException>(() => SiloOptions.Parse(args)).Message;
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.EndsWith(SiloOptions.Usage, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_silo_process_exits_2_with_one_line_off_loopback_without_a_token()
    {
        string silo = Path.Combine(AppContext.BaseDirectory, "OtSim.Silo.dll");
        var start = ChildProcess.StartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", AppContext.BaseDirectory,
            [silo, "--dashboard", "--dashboard-host", "0.0.0.0"]);
        start.Environment.Remove(WebAccess.TokenVariable);
        var result = await ChildProcess.RunAsync(start, TimeSpan.FromMinutes(1), "silo --dashboard --dashboard-host 0.0.0.0");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.StdOut);
        string line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("--dashboard-host 0.0.0.0 would let other machines in", line, StringComparison.Ordinal);
    }
}
