namespace OtSim.Silo.Web;

/// <summary>The body of a refused request: <c>token</c> or <c>host</c>, and a message for a person.</summary>
/// <param name="Field">The request part at fault.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record AccessError(string Field, string Message);
