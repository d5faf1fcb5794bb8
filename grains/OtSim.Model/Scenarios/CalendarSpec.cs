namespace OtSim.Model.Scenarios;

/// <summary>The school year.</summary>
/// <param name="Weeks">Weeks in the year (default 36; 32-37 in state calendars).</param>
/// <param name="HolidayWeeks">1-based weeks with no school: no service, no class routine.</param>
/// <param name="TestingWeeks">1-based weeks of state testing: class routine practice is reduced.</param>
/// <param name="DisruptionRate">Chance that a school's week is disrupted (events, closures): its sessions are missed and owed.</param>
public sealed record CalendarSpec(int Weeks, IReadOnlyList<int> HolidayWeeks, IReadOnlyList<int> TestingWeeks, double DisruptionRate);
