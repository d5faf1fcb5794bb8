namespace OtSim.Client.Web;

/// <summary>The body of <c>POST /api/staffing-searches</c>: the explorer's district and policy, and what the staffing must achieve.</summary>
/// <param name="Form">The staffing explorer's form (its staffing is the starting point; its FTE per therapist is kept).</param>
/// <param name="Metric">"compliance" (share of prescribed minutes delivered) or "goals" (share of students meeting their goal).</param>
/// <param name="TargetPercent">The lowest acceptable value, in percent (1-100).</param>
/// <param name="MaxFte">Largest total FTE to try.</param>
/// <param name="SearchReplications">School years simulated per staffing level (2-100).</param>
public sealed record StaffingSearchRequest(StaffingForm? Form = null, string? Metric = null, double? TargetPercent = null, double? MaxFte = null, double? SearchReplications = null);
