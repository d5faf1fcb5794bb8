namespace OtSim.Model.Progress;

/// <summary>
/// What a therapist has learned of each student on its caseload from the classrooms' reports: the data points collected
/// (count, latest, least-squares trend per week) and attendance. Kept as running sums so it costs a few numbers a student.
/// </summary>
public sealed class ObservedProgress
{
    private const int Fields = 5;
    private readonly double[] _sums;
    private readonly float[] _latest;
    private readonly int[] _daysPresent;
    private readonly int[] _schoolDays;

    /// <summary>Creates an empty record for <paramref name="students"/> students.</summary>
    public ObservedProgress(int students)
    {
        _sums = new double[students * Fields];
        _latest = new float[students];
        _daysPresent = new int[students];
        _schoolDays = new int[students];
    }

    /// <summary>Data points seen of student <paramref name="i"/> (caseload order).</summary>
    public int DataPoints(int i) => (int)_sums[i * Fields];

    /// <summary>The latest data point of a student (NaN before the first).</summary>
    public double Latest(int i) => DataPoints(i) == 0 ? double.NaN : _latest[i];

    /// <summary>The least-squares slope of a student's data points over calendar weeks (NaN with fewer than two).</summary>
    public double TrendPerWeek(int i)
    {
        int o = i * Fields;
        double n = _sums[o], sw = _sums[o + 1], sy = _sums[o + 2], swy = _sums[o + 3], sww = _sums[o + 4];
        double denominator = n * sww - sw * sw;
        return n < 2 || denominator <= 0 ? double.NaN : (n * swy - sw * sy) / denominator;
    }

    /// <summary>The least-squares trend line of a student's data points evaluated at 1-based calendar week <paramref name="week"/> (NaN with fewer than two).</summary>
    public double TrendAt(int i, double week)
    {
        double slope = TrendPerWeek(i);
        int o = i * Fields;
        return double.IsNaN(slope) ? double.NaN : _sums[o + 2] / _sums[o] + slope * (week - _sums[o + 1] / _sums[o]);
    }

    /// <summary>Share of school days the student was seen present (NaN before any school day).</summary>
    public double Attendance(int i) => _schoolDays[i] == 0 ? double.NaN : _daysPresent[i] / (double)_schoolDays[i];

    /// <summary>Adds a classroom's report; <paramref name="offset"/> is the caseload index of its first seat.</summary>
    public void Add(int offset, ClassroomObservations report)
    {
        int probes = report.ProbeWeeks.Length;
        for (int seat = 0; seat < report.DaysPresent.Length; seat++)
        {
            int i = offset + seat;
            _daysPresent[i] += report.DaysPresent[seat];
            _schoolDays[i] += report.SchoolDays;
            int o = i * Fields;
            for (int j = 0; j < probes; j++)
            {
                double w = report.ProbeWeeks[j] + 1, y = report.Probes[seat * probes + j];
                if (double.IsNaN(y))
                {
                    continue; // the student was not in the class (moved away)
                }
                _sums[o] += 1;
                _sums[o + 1] += w;
                _sums[o + 2] += y;
                _sums[o + 3] += w * y;
                _sums[o + 4] += w * w;
                _latest[i] = (float)y;
            }
        }
    }
}
