using System.Text.Json;
using System.Text.Json.Serialization;

namespace OtSim.Analysis.Pipeline;

/// <summary>Writes NaN and infinities as JSON <c>null</c> (R's <c>NA</c>), since JSON has no such numbers.</summary>
public sealed class FiniteDoubleConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <inheritdoc />
    public override bool HandleNull => true;
}
