using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Parsing.Model;

/// <summary>Writes <see cref="PublishedAt"/> as its ISO 8601 string and reads it back.</summary>
public sealed class PublishedAtJsonConverter : JsonConverter<PublishedAt>
{
    /// <inheritdoc />
    public override PublishedAt? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return PublishedAt.TryParseIso(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not an ISO 8601 date or date-time.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PublishedAt value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
