namespace OtSim.Model.Calendar;

/// <summary>What kind of week a calendar week is.</summary>
public enum WeekKind : byte
{
    /// <summary>An ordinary school week.</summary>
    School = 0,
    /// <summary>No school: no services, no class routine.</summary>
    Holiday = 1,
    /// <summary>State testing: services go on, class routine practice is reduced.</summary>
    Testing = 2,
}
