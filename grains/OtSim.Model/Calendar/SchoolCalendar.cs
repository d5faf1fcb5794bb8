using OtSim.Model.Scenarios;

namespace OtSim.Model.Calendar;

/// <summary>The weeks of one school year, resolved from a <see cref="CalendarSpec"/>.</summary>
public sealed class SchoolCalendar
{
    private readonly WeekKind[] _kinds;
    private readonly int[] _schoolWeekIndex;

    /// <summary>Builds the calendar.</summary>
    public SchoolCalendar(CalendarSpec spec)
    {
        _kinds = new WeekKind[spec.Weeks];
        foreach (int week in spec.TestingWeeks)
        {
            _kinds[week - 1] = WeekKind.Testing;
        }
        foreach (int week in spec.HolidayWeeks)
        {
            _kinds[week - 1] = WeekKind.Holiday;
        }
        _schoolWeekIndex = new int[spec.Weeks];
        int index = 0;
        for (int w = 0; w < spec.Weeks; w++)
        {
            _schoolWeekIndex[w] = _kinds[w] == WeekKind.Holiday ? -1 : index++;
        }
        SchoolWeeks = index;
        DisruptionRate = spec.DisruptionRate;
    }

    /// <summary>Weeks in the year, holidays included.</summary>
    public int Weeks => _kinds.Length;

    /// <summary>Weeks with school.</summary>
    public int SchoolWeeks { get; }

    /// <summary>Chance that a school's week is disrupted.</summary>
    public double DisruptionRate { get; }

    /// <summary>The kind of 0-based week <paramref name="week"/>.</summary>
    public WeekKind KindOf(int week) => _kinds[week];

    /// <summary>The 0-based index of a school week among school weeks, or -1 for a holiday.</summary>
    public int SchoolWeekIndex(int week) => _schoolWeekIndex[week];
}
