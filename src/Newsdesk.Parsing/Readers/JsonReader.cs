using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Newsdesk.Parsing.Input;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers.Json;

namespace Newsdesk.Parsing.Readers;

/// <summary>A JSON article object, an array of them, or a wrapper object holding such an array ({"articles": [...]}).</summary>
public sealed class JsonReader : IDocumentReader
{
    /// <summary>Nesting limit: article JSON is shallow; deeper documents are hostile or not articles.</summary>
    internal const int MaxDepth = 64;

    /// <summary>Articles read from one array at most.</summary>
    internal const int MaxArticles = 50_000;

    internal static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public bool CanRead(DocumentInput input) => ContentSniffer.Detect(input) == DocumentLayout.Json;

    /// <inheritdoc />
    public IEnumerable<DraftOrError> Read(DocumentInput input)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input.Text.AsMemory(), Options);
        }
        catch (JsonException ex) when (IsTooDeep(ex))
        {
            return [new ParseError("too-deep", $"'{input.Name}' nests objects or arrays more than {MaxDepth} levels deep (line {ex.LineNumber + 1}): article JSON is shallow; this is not an article.")];
        }
        catch (JsonException ex)
        {
            return [new ParseError("malformed-json", $"'{input.Name}' is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): fix the JSON, or upload the article as text or Markdown.")];
        }

        using (document)
        {
            return ReadRoot(document.RootElement, input);
        }
    }

    private List<DraftOrError> ReadRoot(JsonElement root, DocumentInput input)
    {
        var draft = new ArticleDraft { SourceName = input.Name, Format = Format, ContentHash = input.ContentHash };
        if (root.ValueKind == JsonValueKind.Object)
        {
            var single = JsonArticleMapper.Map(root, draft, $"'{input.Name}'");
            if (single.Draft is { Sections.Count: 0 } && ReadEnvelope(root, draft, input.Name, 0) is { } feed && feed.Any(r => r.Draft is not null))
            {
                // A feed has a title of its own but no text: {"title": "Feed", "items": [...]} (JSON Feed, RSS as JSON).
                return feed;
            }

            return single.Draft is not null ? [single] : ReadEnvelope(root, draft, input.Name, 0) ??
                [new ParseError("no-article", $"'{input.Name}' holds no article: no \"title\"/\"headline\" or \"text\"/\"body\"/\"content\" at the top level, and no article list (\"articles\", \"items\", \"results\", ...) or wrapper (\"data\", \"response\", \"article\", ...) within {JsonEnvelope.MaxDepth} levels.")];
        }

        if (root.ValueKind == JsonValueKind.Array)
        {
            return ReadArray(root, draft, input.Name, articlesOnly: false);
        }

        return [new ParseError("no-article", $"'{input.Name}' is a JSON {root.ValueKind.ToString().ToLowerInvariant()}: expected an article object or an array of articles.")];
    }

    // An object that is not itself an article: its article list, or the article(s) inside a wrapper object; null when none.
    private static List<DraftOrError>? ReadEnvelope(JsonElement element, ArticleDraft draft, string name, int depth)
    {
        if (JsonEnvelope.ArticleList(element) is var (list, key))
        {
            return ReadArray(list, draft, name, articlesOnly: key == "@graph");
        }

        if (depth >= JsonEnvelope.MaxDepth)
        {
            return null;
        }

        foreach (var inner in JsonEnvelope.WrappedObjects(element))
        {
            var single = JsonArticleMapper.Map(inner, draft, $"'{name}'");
            if (single.Draft is { Sections.Count: > 0 })
            {
                return [single];
            }

            // A titled wrapper without text ({"channel": {"title": "Feed", "item": [...]}}) is a feed, not an article.
            if (ReadEnvelope(inner, draft, name, depth + 1) is { } found && found.Any(r => r.Draft is not null))
            {
                return found;
            }

            if (single.Draft is not null)
            {
                return [single];
            }
        }

        return null;
    }

    // articlesOnly: a JSON-LD @graph also holds WebPage, Organization, BreadcrumbList... nodes; only *Article/*Posting ones are articles.
    private static List<DraftOrError> ReadArray(JsonElement array, ArticleDraft draft, string name, bool articlesOnly)
    {
        var results = new List<DraftOrError>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (index == MaxArticles)
            {
                results.Add(new ParseError("too-many", $"'{name}' has more than {MaxArticles:N0} articles; the rest were not read: split the file."));
                break;
            }

            if (articlesOnly && !IsArticleNode(item))
            {
                continue;
            }

            // Each item gets its own content hash: items without a URL must not share an id.
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.GetRawText())));
            results.Add(JsonEnvelope.MapItem(item, draft with { ContentHash = hash }, $"item {index} of '{name}'"));
            index++;
        }

        if (results.Count == 0)
        {
            results.Add(new ParseError("no-article", $"'{name}' holds no article: the JSON array is empty or has no article objects."));
        }

        return results;
    }

    /// <summary>True when the reader stopped at <see cref="MaxDepth"/> rather than at a syntax error.</summary>
    internal static bool IsTooDeep(JsonException ex) =>
        ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) && ex.Message.Contains(MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static bool IsArticleNode(JsonElement item)
    {
        var type = JsonValues.Property(item, "@type");
        var types = type is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Select(t => JsonValues.Text(t)).ToArray() : [type is { } one ? JsonValues.Text(one) : null];
        return types.Any(t => t is not null && (t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.EndsWith("Posting", StringComparison.OrdinalIgnoreCase) || t.EndsWith("Report", StringComparison.OrdinalIgnoreCase)));
    }
}
