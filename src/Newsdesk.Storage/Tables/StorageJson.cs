using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Storage.Tables;

/// <summary>JSON lists stored in string columns (EntityIds, Sources, Roles, ChildKeys).</summary>
public static class StorageJson
{
    /// <summary>Serializes a list of strings.</summary>
    public static string WriteList(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToList(), StorageJsonContext.Default.ListString);

    /// <summary>Reads a list written by <see cref="WriteList"/>; empty for null or malformed text.</summary>
    public static IReadOnlyList<string> ReadList(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(json, StorageJsonContext.Default.ListString) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>Source-generated serializer for the stored lists.</summary>
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
