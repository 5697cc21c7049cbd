using System.Text.Json;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>
/// Finds the articles inside the envelopes that news APIs, CMS exports and search indexes wrap them
/// in: {"data": {"items": [...]}}, {"response": {"results": [...]}}, {"article": {...}},
/// {"hits": {"hits": [{"_source": {...}}]}}, GraphQL {"edges": [{"node": {...}}]}.
/// </summary>
internal static class JsonEnvelope
{
    /// <summary>How many wrapper objects deep articles are looked for; real envelopes are two or three levels.</summary>
    public const int MaxDepth = 4;

    /// <summary>Properties whose array holds the articles ({"articles": [...]}).</summary>
    public static readonly string[] Lists =
    [
        "articles", "items", "data", "results", "entries", "posts", "stories", "@graph", "news", "hits", "docs", "documents",
        "edges", "nodes", "records", "content", "feed", "list", "values", "value", "item", "entry",
    ];

    /// <summary>Properties whose object is (or holds) the article: single-article envelopes and per-item wrappers.</summary>
    public static readonly string[] Wrappers =
    [
        "article", "story", "post", "item", "result", "response", "data", "document", "doc", "payload", "entry", "node",
        "record", "_source", "hits", "articles", "items", "results", "news", "feed", "rss", "channel",
    ];

    /// <summary>The object under a wrapper property of <paramref name="element"/>, first match in <see cref="Wrappers"/> order.</summary>
    public static IEnumerable<JsonElement> WrappedObjects(JsonElement element)
    {
        foreach (var key in Wrappers)
        {
            if (JsonValues.Property(element, key) is { ValueKind: JsonValueKind.Object } inner)
            {
                yield return inner;
            }
        }
    }

    /// <summary>The first article list directly under <paramref name="element"/>, with its key.</summary>
    public static (JsonElement List, string Key)? ArticleList(JsonElement element)
    {
        foreach (var key in Lists)
        {
            // A list counts only when it holds objects: {"data": [1, 2]} or {"content": ["para"]} are not article lists.
            if (JsonValues.Property(element, key) is { ValueKind: JsonValueKind.Array } list && HoldsObjects(list))
            {
                return (list, key);
            }
        }

        return null;
    }

    /// <summary>Maps <paramref name="element"/>, or the article inside its wrapper ({"_source": {...}}, {"node": {...}}).</summary>
    public static DraftOrError MapItem(JsonElement element, ArticleDraft draft, string where, int depth = 0)
    {
        var result = JsonArticleMapper.Map(element, draft, where);
        if (result.Draft is not null || depth >= MaxDepth || element.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var inner in WrappedObjects(element))
        {
            if (MapItem(inner, draft, where, depth + 1) is { Draft: not null } found)
            {
                return found;
            }
        }

        return result;
    }

    private static bool HoldsObjects(JsonElement list)
    {
        foreach (var item in list.EnumerateArray())
        {
            return item.ValueKind == JsonValueKind.Object;
        }

        return true;
    }
}
