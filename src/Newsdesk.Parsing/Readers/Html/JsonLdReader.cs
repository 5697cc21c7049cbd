using System.Text.Json;
using AngleSharp.Dom;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// Reads schema.org JSON-LD blocks (<c>script type="application/ld+json"</c>): objects, arrays of
/// objects and <c>@graph</c> arrays; the first Article-like object wins, a WebPage fills gaps.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle",
        "ScholarlyArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle", "MedicalScholarlyArticle", "DiscussionForumPosting",
    };

    /// <summary>The article the page's JSON-LD describes, or null.</summary>
    public static JsonLdArticle? Read(IEnumerable<IElement> scripts)
    {
        JsonElement? article = null;
        JsonElement? page = null;
        JsonElement? review = null;
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                JsonDocument json;
                try
                {
                    json = JsonDocument.Parse(script.TextContent, Options);
                }
                catch (JsonException)
                {
                    continue; // Broken JSON-LD is common; the meta tags still count.
                }

                documents.Add(json);
                foreach (var node in Nodes(json.RootElement))
                {
                    if (node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 2048 } key)
                    {
                        byId.TryAdd(key, node);
                    }

                    if (article is null && HasType(node, ArticleTypes.Contains))
                    {
                        article = node;
                    }
                    else if (page is null && HasType(node, t => t.EndsWith("WebPage", StringComparison.OrdinalIgnoreCase) || t.EndsWith("Gallery", StringComparison.OrdinalIgnoreCase)))
                    {
                        page = node;
                    }
                    else if (review is null && HasType(node, t => t.Equals("ClaimReview", StringComparison.OrdinalIgnoreCase)))
                    {
                        review = node; // A fact check's ClaimReview carries the page's author and date when no Article does.
                    }
                }
            }

            var references = new JsonLdReferences(byId);
            if (article is { } a)
            {
                return JsonLdMapper.Map(a, page, references);
            }

            if (review is { } r)
            {
                return JsonLdMapper.Map(r, page, references) with { Headline = null, ArticleBody = null, Images = [] };
            }

            return page is { } p ? JsonLdMapper.Map(p, null, references) with { ArticleBody = null } : null;
        }
        finally
        {
            foreach (var json in documents)
            {
                json.Dispose();
            }
        }
    }

    /// <summary>Top-level objects, array items and @graph members.</summary>
    private static IEnumerable<JsonElement> Nodes(JsonElement root)
    {
        var queue = new Queue<(JsonElement Element, int Depth)>();
        queue.Enqueue((root, 0));
        while (queue.Count > 0)
        {
            var (element, depth) = queue.Dequeue();
            if (depth > 3)
            {
                continue;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    queue.Enqueue((item, depth + 1));
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                yield return element;
                if (element.TryGetProperty("@graph", out var graph))
                {
                    queue.Enqueue((graph, depth + 1));
                }
            }
        }
    }

    private static bool HasType(JsonElement node, Func<string, bool> predicate)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => predicate(StripVocabulary(type.GetString()!)),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && predicate(StripVocabulary(t.GetString()!))),
            _ => false,
        };
    }

    /// <summary>"http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type as "NewsArticle".</summary>
    private static string StripVocabulary(string type)
    {
        var cut = type.LastIndexOfAny(['/', ':']);
        return cut >= 0 ? type[(cut + 1)..] : type;
    }
}
