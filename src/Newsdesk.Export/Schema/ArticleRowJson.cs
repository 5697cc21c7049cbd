using System.Text.Json;
using Azure.Data.Tables;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Schema;

/// <summary>Reads the article JSON an article row carries, split over <c>Json</c>, <c>Json_1</c>, ... (32K chars each).</summary>
internal static class ArticleRowJson
{
    /// <summary>Property the source sets when the JSON lived in a blob (<c>JsonBlob</c>) and was fetched.</summary>
    public const string FetchedProperty = "__JsonFetched";

    private const string TextCache = "__Text";

    /// <summary>The whole article JSON, or null when the row has none (or it is still in a blob).</summary>
    public static string? Get(TableEntity e)
    {
        if (RowValues.String(e, FetchedProperty) is { } fetched)
        {
            return fetched;
        }

        return TableLimits.ReadSplit(e, "Json");
    }

    /// <summary>The body text from the article JSON (parsed once per row and cached on it).</summary>
    public static string? Text(TableEntity e)
    {
        if (e.TryGetValue(TextCache, out var cached))
        {
            return cached as string;
        }

        string? text = null;
        if (Get(e) is { } json)
        {
            try
            {
                using var doc = JsonDocument.Parse(json);
                if (doc.RootElement.ValueKind == JsonValueKind.Object &&
                    doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    text = t.GetString();
                }
            }
            catch (JsonException)
            {
                text = null;
            }
        }

        e[TextCache] = text;
        return text;
    }
}
