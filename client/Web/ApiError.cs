namespace OtSim.Client.Web;

/// <summary>The body of every API error: the form field (or request part) at fault and a message for a person.</summary>
/// <param name="Field">Form field name (such as <c>therapists</c>), <c>body</c>, <c>token</c> or <c>run</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
/// <param name="ScenarioPath">The scenario-file path of the field (such as <c>staffing.therapists</c>), when known.</param>
public sealed record ApiError(string Field, string Message, string? ScenarioPath = null);
