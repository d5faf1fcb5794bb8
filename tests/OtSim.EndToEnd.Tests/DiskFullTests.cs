using System.Diagnostics;

namespace OtSim.EndToEnd.Tests;

/// <summary>
/// A disk that fills up mid-run: one line (exit 2) saying to free space and run the same command again, the finished
/// cells kept, and the same command then finishes. The full disk is a small tmpfs mounted for the test, which needs
/// root (as on this project's machines and CI); elsewhere the test has nothing to mount and checks nothing.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _mount;
    private bool _mounted;

    public DiskFullTests()
    {
        _mount = _folder["small-disk"];
        Directory.CreateDirectory(_mount);
    }

    [Fact]
    public async Task AFullDiskStopsWithOneLineAndTheSameCommandResumes()
    {
        if (Environment.UserName != "root")
        {
            return;
        }
        Assert.True(await MountAsync("size=2m"), "mount -t tmpfs failed although running as root");
        string output = Path.Combine(_mount, "results");
        // weeks.csv parts of 120 cells need about 18 MB: the 2 MB disk fills after a few cells.
        string[] args = ["run", Otsim.DemoScenario, "--out", output, "--replications", "40", "--weeks", "--no-analysis", "--quiet"];

        var full = await Otsim.RunAsync(_folder.Path, args);

        Assert.True(full.ExitCode == 2, full.ToString());
        Assert.Single(full.StdErr.Trim().Split('\n'), l => !l.StartsWith("Running ", StringComparison.Ordinal));
        Assert.Contains("Free space and run the same command again to resume", full.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", full.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "students.csv")));

        Assert.True(await MountAsync("remount,size=64m"), "remounting the tmpfs larger failed");
        var resumed = await Otsim.RunAsync(_folder.Path, args);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains("Resuming: ", resumed.StdErr, StringComparison.Ordinal);
        Assert.Equal(1 + 72 * 3 * 40, File.ReadAllLines(Path.Combine(output, "students.csv")).Length);
    }

    public void Dispose()
    {
        if (_mounted)
        {
            using var umount = Process.Start("umount", [_mount]);
            umount.WaitForExit();
        }
        _folder.Dispose();
    }

    private async Task<bool> MountAsync(string options)
    {
        using var mount = Process.Start("mount", ["-t", "tmpfs", "-o", options, "tmpfs", _mount]);
        await mount.WaitForExitAsync();
        _mounted |= mount.ExitCode == 0;
        return mount.ExitCode == 0;
    }
}
