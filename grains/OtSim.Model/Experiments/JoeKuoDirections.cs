namespace OtSim.Model.Experiments;

/// <summary>
/// Initial direction numbers of the Sobol' sequence for dimensions 2 to 64, copied from S. Joe and F. Y. Kuo's file
/// <c>new-joe-kuo-6.21201</c> (https://web.maths.unsw.edu.au/~fkuo/sobol/, "Constructing Sobol sequences with better
/// two-dimensional projections", SIAM J. Sci. Comput. 30, 2635-2654, 2008): the same table scipy.stats.qmc.Sobol and
/// hence SALib use. Dimension 1 is the van der Corput sequence and has no entry.
/// </summary>
internal static class JoeKuoDirections
{
    /// <summary>One line of the file: degree <c>s</c> of the primitive polynomial, its coefficients <c>a</c>, and <c>m_1..m_s</c>.</summary>
    public readonly record struct Entry(int S, int A, int[] M);

    /// <summary>Most dimensions this table supports.</summary>
    public static int MaxDimensions => Table.Length + 1;

    /// <summary>Lines for d = 2, 3, ... in order.</summary>
    public static readonly Entry[] Table =
    [
        new Entry(1, 0, [1]), // d = 2
        new Entry(2, 1, [1, 3]), // d = 3
        new Entry(3, 1, [1, 3, 1]), // d = 4
        new Entry(3, 2, [1, 1, 1]), // d = 5
        new Entry(4, 1, [1, 1, 3, 3]), // d = 6
        new Entry(4, 4, [1, 3, 5, 13]), // d = 7
        new Entry(5, 2, [1, 1, 5, 5, 17]), // d = 8
        new Entry(5, 4, [1, 1, 5, 5, 5]), // d = 9
        new Entry(5, 7, [1, 1, 7, 11, 19]), // d = 10
        new Entry(5, 11, [1, 1, 5, 1, 1]), // d = 11
        new Entry(5, 13, [1, 1, 1, 3, 11]), // d = 12
        new Entry(5, 14, [1, 3, 5, 5, 31]), // d = 13
        new Entry(6, 1, [1, 3, 3, 9, 7, 49]), // d = 14
        new Entry(6, 13, [1, 1, 1, 15, 21, 21]), // d = 15
        new Entry(6, 16, [1, 3, 1, 13, 27, 49]), // d = 16
        new Entry(6, 19, [1, 1, 1, 15, 7, 5]), // d = 17
        new Entry(6, 22, [1, 3, 1, 15, 13, 25]), // d = 18
        new Entry(6, 25, [1, 1, 5, 5, 19, 61]), // d = 19
        new Entry(7, 1, [1, 3, 7, 11, 23, 15, 103]), // d = 20
        new Entry(7, 4, [1, 3, 7, 13, 13, 15, 69]), // d = 21
        new Entry(7, 7, [1, 1, 3, 13, 7, 35, 63]), // d = 22
        new Entry(7, 8, [1, 3, 5, 9, 1, 25, 53]), // d = 23
        new Entry(7, 14, [1, 3, 1, 13, 9, 35, 107]), // d = 24
        new Entry(7, 19, [1, 3, 1, 5, 27, 61, 31]), // d = 25
        new Entry(7, 21, [1, 1, 5, 11, 19, 41, 61]), // d = 26
        new Entry(7, 28, [1, 3, 5, 3, 3, 13, 69]), // d = 27
        new Entry(7, 31, [1, 1, 7, 13, 1, 19, 1]), // d = 28
        new Entry(7, 32, [1, 3, 7, 5, 13, 19, 59]), // d = 29
        new Entry(7, 37, [1, 1, 3, 9, 25, 29, 41]), // d = 30
        new Entry(7, 41, [1, 3, 5, 13, 23, 1, 55]), // d = 31
        new Entry(7, 42, [1, 3, 7, 3, 13, 59, 17]), // d = 32
        new Entry(7, 50, [1, 3, 1, 3, 5, 53, 69]), // d = 33
        new Entry(7, 55, [1, 1, 5, 5, 23, 33, 13]), // d = 34
        new Entry(7, 56, [1, 1, 7, 7, 1, 61, 123]), // d = 35
        new Entry(7, 59, [1, 1, 7, 9, 13, 61, 49]), // d = 36
        new Entry(7, 62, [1, 3, 3, 5, 3, 55, 33]), // d = 37
        new Entry(8, 14, [1, 3, 1, 15, 31, 13, 49, 245]), // d = 38
        new Entry(8, 21, [1, 3, 5, 15, 31, 59, 63, 97]), // d = 39
        new Entry(8, 22, [1, 3, 1, 11, 11, 11, 77, 249]), // d = 40
        new Entry(8, 38, [1, 3, 1, 11, 27, 43, 71, 9]), // d = 41
        new Entry(8, 47, [1, 1, 7, 15, 21, 11, 81, 45]), // d = 42
        new Entry(8, 49, [1, 3, 7, 3, 25, 31, 65, 79]), // d = 43
        new Entry(8, 50, [1, 3, 1, 1, 19, 11, 3, 205]), // d = 44
        new Entry(8, 52, [1, 1, 5, 9, 19, 21, 29, 157]), // d = 45
        new Entry(8, 56, [1, 3, 7, 11, 1, 33, 89, 185]), // d = 46
        new Entry(8, 67, [1, 3, 3, 3, 15, 9, 79, 71]), // d = 47
        new Entry(8, 70, [1, 3, 7, 11, 15, 39, 119, 27]), // d = 48
        new Entry(8, 84, [1, 1, 3, 1, 11, 31, 97, 225]), // d = 49
        new Entry(8, 97, [1, 1, 1, 3, 23, 43, 57, 177]), // d = 50
        new Entry(8, 103, [1, 3, 7, 7, 17, 17, 37, 71]), // d = 51
        new Entry(8, 115, [1, 3, 1, 5, 27, 63, 123, 213]), // d = 52
        new Entry(8, 122, [1, 1, 3, 5, 11, 43, 53, 133]), // d = 53
        new Entry(9, 8, [1, 3, 5, 5, 29, 17, 47, 173, 479]), // d = 54
        new Entry(9, 13, [1, 3, 3, 11, 3, 1, 109, 9, 69]), // d = 55
        new Entry(9, 16, [1, 1, 1, 5, 17, 39, 23, 5, 343]), // d = 56
        new Entry(9, 22, [1, 3, 1, 5, 25, 15, 31, 103, 499]), // d = 57
        new Entry(9, 25, [1, 1, 1, 11, 11, 17, 63, 105, 183]), // d = 58
        new Entry(9, 44, [1, 1, 5, 11, 9, 29, 97, 231, 363]), // d = 59
        new Entry(9, 47, [1, 1, 5, 15, 19, 45, 41, 7, 383]), // d = 60
        new Entry(9, 52, [1, 3, 7, 7, 31, 19, 83, 137, 221]), // d = 61
        new Entry(9, 55, [1, 1, 1, 3, 23, 15, 111, 223, 83]), // d = 62
        new Entry(9, 59, [1, 1, 5, 13, 31, 15, 55, 25, 161]), // d = 63
        new Entry(9, 62, [1, 1, 3, 13, 25, 47, 39, 87, 257]), // d = 64
    ];
}
