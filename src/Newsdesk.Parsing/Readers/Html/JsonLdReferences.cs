using System.Text.Json;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Resolves JSON-LD node references: <c>{"@id": "https://x/#/schema/person/1"}</c> stands for the node of the
/// page's JSON-LD (usually an <c>@graph</c> member) with that <c>@id</c>, as Yoast and other generators write authors,
/// publishers and images.
/// </summary>
internal sealed class JsonLdReferences(IReadOnlyDictionary<string, JsonElement> byId)
{
    /// <summary>No nodes to resolve against.</summary>
    public static JsonLdReferences None { get; } = new(new Dictionary<string, JsonElement>());

    /// <summary>The node an object referring by <c>@id</c> alone stands for, else the object itself.</summary>
    public JsonElement Resolve(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || item.TryGetProperty("name", out _) || item.TryGetProperty("url", out _)
            || !item.TryGetProperty("@id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return item;
        }

        // One hop only: a referenced node that is itself a bare reference is left as it is (no cycles to follow).
        return byId.TryGetValue(id.GetString()!, out var node) ? node : item;
    }
}
