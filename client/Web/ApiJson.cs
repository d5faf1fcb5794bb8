using System.Text.Json;
using System.Text.Json.Serialization;

namespace OtSim.Client.Web;

/// <summary>JSON settings of the API: camelCase, and requests with unknown fields are refused (a typo must not be ignored).</summary>
public static class ApiJson
{
    /// <summary>Options for responses and events.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Options for request bodies.</summary>
    public static JsonSerializerOptions Requests { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };
}
