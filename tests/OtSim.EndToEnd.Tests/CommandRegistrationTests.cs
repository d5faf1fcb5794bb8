using System.CommandLine;
using OtSim.Client.Cli;
using OtSim.Silo;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// The command registration the other commands plug into: a command in the older style (its own argument parser)
/// gets its arguments unchanged and in order, and its usage text for --help; the silo's options parse as before.
/// </summary>
public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task ALegacyCommandGetsEveryArgumentAfterItsNameInOrder()
    {
        string[]? received = null;
        var design = LegacyCommand.Create("design", "lay out design points", "usage: design <scenario.json> [--points N]", (args, _) =>
        {
            received = args;
            return Task.FromResult(0);
        });
        var root = new RootCommand("test") { design };

        int exit = await root.Parse(["design", "a.json", "--points", "12", "--dry-run", "b.json", "-5"]).InvokeAsync();

        Assert.Equal(0, exit);
        Assert.Equal(["a.json", "--points", "12", "--dry-run", "b.json", "-5"], received!);
    }

    [Fact]
    public void EveryRegisteredCommandIsInTheOverviewAndHasUsage()
    {
        var root = CommandCatalog.Build();
        foreach (var command in root.Subcommands.OfType<OtsimCommand>())
        {
            Assert.Contains($"\n  {command.Name}", "\n" + CommandCatalog.Overview, StringComparison.Ordinal);
            Assert.StartsWith(command.Name == "help" ? "OtSim" : "usage:", command.Usage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheSiloParsesItsPortsAndRefusesBadOnes()
    {
        var options = SiloOptions.Parse(["--silo-port", "11112", "--gateway-port", "30001", "--primary-port", "11111"]);
        Assert.Equal(new SiloOptions(11112, 30001, 11111), options);
        Assert.Equal(new SiloOptions(11113, 30000, 11113), SiloOptions.Parse(["--silo-port", "11113"]));
        Assert.Equal("127.0.0.1:6379", SiloOptions.Parse(["--redis", "127.0.0.1:6379"])!.Redis);

        Assert.Contains("--silo-port needs a port number from 1 to 65535", Assert.Throws<ArgumentException>(() => SiloOptions.Parse(["--silo-port", "0"])).Message, StringComparison.Ordinal);
        Assert.Contains("--redis needs HOST:PORT", Assert.Throws<ArgumentException>(() => SiloOptions.Parse(["--redis", "nohost"])).Message, StringComparison.Ordinal);
        Assert.Contains(SiloOptions.Usage, Assert.Throws<ArgumentException>(() => SiloOptions.Parse(["--bogus"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SiloHelpIsAnAnswerNotAnError() => Assert.Null(SiloOptions.Parse(["--help"]));
}
