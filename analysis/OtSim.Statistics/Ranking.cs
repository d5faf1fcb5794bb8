namespace OtSim.Statistics;

/// <summary>Ranking helpers.</summary>
internal static class Ranking
{
    /// <summary>1-based ranks with ties given the average of the ranks they span (R's <c>rank(ties.method = "average")</c>).</summary>
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        int n = values.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var ranks = new double[n];
        int start = 0;
        while (start < n)
        {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            double avg = (start + end) / 2.0 + 1.0;
            for (int k = start; k <= end; k++)
            {
                ranks[order[k]] = avg;
            }

            start = end + 1;
        }

        return ranks;
    }
}
