namespace OtSim.Client.Web;

/// <summary>A request the API refuses: the HTTP status and the error body.</summary>
public sealed class ApiProblem(int status, ApiError error) : Exception(error.Message)
{
    /// <summary>HTTP status: 400 malformed, 401 token, 404 unknown, 413 too large, 422 invalid field, 429 busy.</summary>
    public int Status { get; } = status;

    /// <summary>The body.</summary>
    public ApiError Error { get; } = error;
}
