using System.Text;

namespace OtSim.Analysis.Charts;

/// <summary>Word-wraps chart titles: OxyPlot clips a long single-line title at both edges, but draws "\n" as a new line.</summary>
public static class TextWrap
{
    /// <summary>
    /// Breaks <paramref name="text"/> at spaces so no line exceeds <paramref name="maxChars"/> characters
    /// (a single longer word stays whole). Existing line breaks are kept.
    /// </summary>
    public static string Wrap(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 10);
        var result = new StringBuilder();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (result.Length > 0)
            {
                result.Append('\n');
            }

            var lineLength = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineLength > 0 && lineLength + 1 + word.Length > maxChars)
                {
                    result.Append('\n');
                    lineLength = 0;
                }
                else if (lineLength > 0)
                {
                    result.Append(' ');
                    lineLength++;
                }

                result.Append(word);
                lineLength += word.Length;
            }
        }

        return result.ToString();
    }
}
