namespace OtSim.Statistics;

/// <summary>
/// The block structure of the Schur complement on the non-primary random effects: levels that never share a
/// primary level (and so never share an observation) are uncoupled, so the matrix is block diagonal up to a
/// permutation. Nested factors (classroom in school in replication) give one 1×1 block per school; crossed factors
/// give one large block. Found with union-find over the rest levels of each primary level.
/// </summary>
internal sealed class RemlBlocks
{
    /// <param name="restCount">Number of non-primary levels (all non-primary factors).</param>
    /// <param name="crossIndex">Per primary level: the rest levels of its observations.</param>
    /// <param name="restCross">Per pair of rest levels (key r * restCount + c): observations having both.</param>
    public RemlBlocks(int restCount, int[][] crossIndex, Dictionary<long, double> restCross)
    {
        LocalIndex = new int[restCount];
        var parent = new int[restCount];
        for (int r = 0; r < restCount; r++)
        {
            parent[r] = r;
        }

        foreach (var idx in crossIndex)
        {
            for (int u = 1; u < idx.Length; u++)
            {
                Union(parent, idx[0], idx[u]);
            }
        }

        // Blocks numbered by their smallest member; members ascending, so a single block is the original order.
        var blockOfRoot = new Dictionary<int, int>();
        var blockOf = new int[restCount];
        var members = new List<List<int>>();
        for (int r = 0; r < restCount; r++)
        {
            int root = Find(parent, r);
            if (!blockOfRoot.TryGetValue(root, out int b))
            {
                b = members.Count;
                blockOfRoot.Add(root, b);
                members.Add([]);
            }

            blockOf[r] = b;
            LocalIndex[r] = members[b].Count;
            members[b].Add(r);
        }

        Members = members.Select(m => m.ToArray()).ToArray();
        Cross = Members.Select(m => new double[m.Length * m.Length]).ToArray();
        foreach (var (key, count) in restCross)
        {
            int r = (int)(key / restCount);
            int c = (int)(key % restCount);
            int b = blockOf[r];
            Cross[b][(LocalIndex[r] * Members[b].Length) + LocalIndex[c]] += count;
        }

        var primaries = Members.Select(_ => new List<int>()).ToArray();
        for (int g = 0; g < crossIndex.Length; g++)
        {
            if (crossIndex[g].Length > 0)
            {
                primaries[blockOf[crossIndex[g][0]]].Add(g);
            }
        }

        Primaries = primaries.Select(p => p.ToArray()).ToArray();
        MaxSize = Members.Length == 0 ? 0 : Members.Max(m => m.Length);
    }

    /// <summary>Per block: its rest levels, ascending.</summary>
    public int[][] Members { get; }

    /// <summary>Per rest level: its position within its block.</summary>
    public int[] LocalIndex { get; }

    /// <summary>Per block: Zr'Zr restricted to the block, row-major (size × size).</summary>
    public double[][] Cross { get; }

    /// <summary>Per block: the primary levels whose observations fall in it.</summary>
    public int[][] Primaries { get; }

    /// <summary>Size of the largest block (the cost of an evaluation grows with its cube).</summary>
    public int MaxSize { get; }

    private static int Find(int[] parent, int r)
    {
        while (parent[r] != r)
        {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }

        return r;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
