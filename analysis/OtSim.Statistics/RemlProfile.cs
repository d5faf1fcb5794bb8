using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace OtSim.Statistics;

/// <summary>
/// The profiled REML criterion of a random-intercepts model as a function of θ (relative SDs), following
/// lme4's formulation (Bates et al. 2015, eqs. 30-42):
/// d(θ) = log|L_θ|² + log|R_X|² + (n-p)(1 + log(2π r²_θ / (n-p))), with L_θL_θ' = Λ'Z'ZΛ + I.
/// </summary>
/// <remarks>
/// Everything is reduced to sufficient statistics once. The factor with the most levels is "primary": its block of
/// Λ'Z'ZΛ + I is diagonal and eliminated in closed form, pooled by level size (<see cref="RemlPrimarySums"/>); the
/// Schur complement on the remaining factors (e.g. schools) is block diagonal and each block of coupled levels is
/// factored on its own (<see cref="RemlBlocks"/>; 1×1 blocks when nested). X is replaced by the Q of its thin QR (X = QR) for conditioning; the |R| term is added back so the
/// criterion equals lme4's.
/// </remarks>
internal sealed partial class RemlProfile
{
    private readonly int _n;
    private readonly int _p;
    private readonly int _primary;
    private readonly int[] _restFactor;       // rest index -> factor index
    private readonly double[] _n1;            // primary level counts
    private readonly double[,] _z1q;          // q1 x p: Z1'Q
    private readonly double[] _z1y;           // Z1'y*
    private readonly double[,] _zrq;          // qr x p
    private readonly double[] _zry;
    private readonly RemlPrimarySums _primarySums; // the primary factor's part, pooled by level size
    private readonly RemlBlocks _blocks;      // Zr'Zr and the coupling of rest levels, block by block
    private readonly int[][] _crossIndex;     // per primary level: rest indices
    private readonly double[][] _crossCount;  // per primary level: counts
    private readonly double _yty;
    private readonly double[] _qty;           // Q'y (OLS in Q coordinates)
    private readonly Matrix<double> _r;       // R of X = QR
    private readonly double _logDetR2;

    public RemlProfile(IReadOnlyList<double> y, Matrix<double> x, IReadOnlyList<(int[] Codes, int Levels)> factors)
    {
        _n = x.RowCount;
        _p = x.ColumnCount;
        FactorCount = factors.Count;
        var qr = x.QR(QRMethod.Thin);
        var q = qr.Q;
        _r = qr.R;
        _logDetR2 = 0;
        for (int j = 0; j < _p; j++)
        {
            _logDetR2 += 2.0 * Math.Log(Math.Abs(_r[j, j]));
        }

        var yv = Vector<double>.Build.Dense(_n, i => y[i]);
        var qty = q.TransposeThisAndMultiply(yv);
        var ys = yv - q * qty; // OLS residual: conditioning for the sums below
        ys -= q * q.TransposeThisAndMultiply(ys);
        _qty = qty.ToArray();
        _yty = ys.DotProduct(ys);

        _primary = 0;
        for (int k = 1; k < factors.Count; k++)
        {
            if (factors[k].Levels > factors[_primary].Levels)
            {
                _primary = k;
            }
        }

        var (c1, q1) = factors[_primary];
        _n1 = new double[q1];
        _z1q = new double[q1, _p];
        _z1y = new double[q1];
        var restOffset = new int[factors.Count];
        var restFactor = new List<int>();
        for (int k = 0; k < factors.Count; k++)
        {
            if (k == _primary)
            {
                continue;
            }

            restOffset[k] = restFactor.Count;
            restFactor.AddRange(Enumerable.Repeat(k, factors[k].Levels));
        }

        _restFactor = restFactor.ToArray();
        int qRest = _restFactor.Length;
        _zrq = new double[qRest, _p];
        _zry = new double[qRest];
        var crr = new Dictionary<long, double>();
        var cross = new Dictionary<int, double>[q1];
        var restIdx = new int[factors.Count];

        for (int i = 0; i < _n; i++)
        {
            int g = c1[i];
            _n1[g] += 1;
            _z1y[g] += ys[i];
            for (int j = 0; j < _p; j++)
            {
                _z1q[g, j] += q[i, j];
            }

            int m = 0;
            for (int k = 0; k < factors.Count; k++)
            {
                if (k != _primary)
                {
                    restIdx[m++] = restOffset[k] + factors[k].Codes[i];
                }
            }

            for (int a = 0; a < m; a++)
            {
                int r = restIdx[a];
                _zry[r] += ys[i];
                for (int j = 0; j < _p; j++)
                {
                    _zrq[r, j] += q[i, j];
                }

                for (int b = 0; b < m; b++)
                {
                    long key = ((long)r * qRest) + restIdx[b];
                    crr.TryGetValue(key, out double both);
                    crr[key] = both + 1;
                }

                cross[g] ??= new Dictionary<int, double>();
                cross[g].TryGetValue(r, out double cnt);
                cross[g][r] = cnt + 1;
            }
        }

        _crossIndex = new int[q1][];
        _crossCount = new double[q1][];
        for (int g = 0; g < q1; g++)
        {
            _crossIndex[g] = cross[g]?.Keys.ToArray() ?? [];
            _crossCount[g] = cross[g]?.Values.ToArray() ?? [];
        }

        _blocks = new RemlBlocks(qRest, _crossIndex, crr);
        _primarySums = new RemlPrimarySums(_n1, _z1q, _z1y);
    }

    public int FactorCount { get; }

    /// <summary>Size of the largest dense block of the non-primary levels (1 for nested factors).</summary>
    public int LargestBlock => _blocks.MaxSize;

    public int Evaluations { get; private set; }

    /// <summary>REML criterion at θ (θ_k ≥ 0 in factor order).</summary>
    public double Deviance(IReadOnlyList<double> theta) => Evaluate(theta, full: false).Deviance;

    /// <summary>Full evaluation: criterion, fixed effects, σ² and the fixed-effect covariance.</summary>
    public RemlEvaluation Evaluate(IReadOnlyList<double> theta, bool full = true)
    {
        Evaluations++;
        int q1 = _n1.Length;
        int qRest = _restFactor.Length;
        double tp = theta[_primary];
        double tp2 = tp * tp;

        var a = new double[_p, _p];   // accumulates C'C
        var ctc = new double[_p];     // accumulates C'c
        double cc = 0;
        double logDet = _primarySums.Add(tp2, a, ctc, ref cc);
        if (qRest > 0)
        {
            var d1 = new double[q1];
            for (int g = 0; g < q1; g++)
            {
                d1[g] = tp2 * _n1[g] + 1.0;
            }

            logDet += AddRestBlock(theta, d1, tp2, a, ctc, ref cc);
        }

        // A = Q'Q - C'C = I - C'C; b = Q'y* - C'c = -C'c (y* is orthogonal to Q).
        var am = Matrix<double>.Build.Dense(_p, _p, (i, j) => (i == j ? 1.0 : 0.0) - a[i, j]);
        var bv = Vector<double>.Build.Dense(_p, j => -ctc[j]);
        var chol = am.Cholesky();
        var betaQ = chol.Solve(bv);
        double r2 = _yty - cc - betaQ.DotProduct(bv);
        double logDetA = 2.0 * Enumerable.Range(0, _p).Sum(j => Math.Log(chol.Factor[j, j]));
        int df = _n - _p;
        double dev = logDet + logDetA + _logDetR2 + df * (1.0 + Math.Log(2.0 * Math.PI * r2 / df));
        if (!full)
        {
            return new RemlEvaluation(dev, r2 / df, [], new double[0, 0]);
        }

        // β = R⁻¹(Q'y + β*_Q); Cov(β) = σ² R⁻¹ A⁻¹ R⁻ᵀ.
        double sigma2 = r2 / df;
        var rInv = Matrix<double>.Build.DenseOfArray(Triangular.InverseUpper(_r));
        var beta = rInv * (Vector<double>.Build.DenseOfArray(_qty) + betaQ);
        var cov = rInv * chol.Solve(Matrix<double>.Build.DenseIdentity(_p)) * rInv.Transpose() * sigma2;
        return new RemlEvaluation(dev, sigma2, beta.ToArray(), cov.ToArray());
    }

    private static void AddOuter(double[,] a, double[] w)
    {
        int p = w.Length;
        for (int j = 0; j < p; j++)
        {
            for (int k = 0; k < p; k++)
            {
                a[j, k] += w[j] * w[k];
            }
        }
    }
}
