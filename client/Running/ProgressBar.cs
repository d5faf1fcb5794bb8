using System.Diagnostics;

namespace OtSim.Client.Running;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place; plain lines when standard error is redirected.
/// A resumed run starts the count at the cells already finished.
/// </summary>
public sealed class ProgressBar(int totalCells, int alreadyDone, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done = alreadyDone;

    /// <summary>Marks one more cell done.</summary>
    public void Advance(string label)
    {
        _done++;
        if (!enabled)
        {
            return;
        }
        const int width = 30;
        int filled = totalCells == 0 ? width : _done * width / totalCells;
        string line = $"[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{totalCells} cells  {_clock.Elapsed.TotalSeconds,6:0.0}s  {label}";
        if (Console.IsErrorRedirected)
        {
            Console.Error.WriteLine(line);
        }
        else
        {
            Console.Error.Write("\r" + line.PadRight(Math.Max(line.Length, Console.WindowWidth - 1)));
            if (_done == totalCells)
            {
                Console.Error.WriteLine();
            }
        }
    }
}
