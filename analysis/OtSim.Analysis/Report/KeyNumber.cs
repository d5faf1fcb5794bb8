namespace OtSim.Analysis.Report;

/// <summary>A headline number shown as a large card, for example "Students meeting goals: 64%".</summary>
/// <param name="Label">What the number is, in plain words.</param>
/// <param name="Value">The number, already formatted with its unit.</param>
/// <param name="Note">Optional small print, for example the interval or comparison.</param>
public sealed record KeyNumber(string Label, string Value, string? Note = null);
