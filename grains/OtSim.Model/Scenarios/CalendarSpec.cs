namespace OtSim.Model.Scenarios;

/// <summary>The school year.</summary>
/// <param name="Weeks">Weeks in the year (default 36; 32-37 in state calendars).</param>
/// <param name="HolidayWeeks">1-based weeks with no school: no service, no class routine.</param>
/// <param name="TestingWeeks">1-based weeks of state testing: class routine practice is reduced.</param>
/// <param name="DisruptionRate">Chance that a school's week is disrupted (events, closures): its sessions are missed and owed.</param>
/// <param name="ReviewPeriodWeeks">
/// Calendar weeks between reviews, where therapists plan the next period of services from what they observed (e.g. 9
/// for quarterly progress reports); null or the year's length for one period of the whole year.
/// </param>
public sealed record CalendarSpec(
    int Weeks, IReadOnlyList<int> HolidayWeeks, IReadOnlyList<int> TestingWeeks, double DisruptionRate, int? ReviewPeriodWeeks = null);
