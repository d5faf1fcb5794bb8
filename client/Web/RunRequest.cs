namespace OtSim.Client.Web;

/// <summary>The body of <c>POST /api/runs</c> and <c>POST /api/scenarios/validate</c>: a preset, or a staffing form.</summary>
/// <param name="Preset">A shipped scenario's id, such as <c>workshop-demo</c>.</param>
/// <param name="Seed">Optional seed for a preset (defaults to the scenario's own).</param>
/// <param name="Form">The staffing explorer's form.</param>
public sealed record RunRequest(string? Preset = null, double? Seed = null, StaffingForm? Form = null);
