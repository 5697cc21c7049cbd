using Azure;
using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The article row <c>a_{articleId}</c> of the Articles table, at the storage boundary.</summary>
public sealed record ArticleRow
{
    /// <summary>Day-shard partition.</summary>
    public required string PartitionKey { get; init; }

    /// <summary>The article id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Headline.</summary>
    public required string Title { get; init; }

    /// <summary>Deck.</summary>
    public string? Subtitle { get; init; }

    /// <summary>URL as found.</summary>
    public string? Url { get; init; }

    /// <summary>Canonical URL.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Outlet domain.</summary>
    public string? OutletDomain { get; init; }

    /// <summary>Outlet name.</summary>
    public string? OutletName { get; init; }

    /// <summary>Publication time, ISO 8601 as precise as known.</summary>
    public string? PublishedAt { get; init; }

    /// <summary>Publication date as UTC midnight (for typed filters).</summary>
    public DateTime? PublishedDate { get; init; }

    /// <summary>ISO 639-1 language.</summary>
    public string? Language { get; init; }

    /// <summary>Words in the text.</summary>
    public int WordCount { get; init; }

    /// <summary>Author names joined by "; ".</summary>
    public string Authors { get; init; } = "";

    /// <summary>Ids of the entities mentioned.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];

    /// <summary>Every blob name this article was ingested from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>SHA-256 of the upload (or NDJSON line) the stored version came from.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The parser version that produced the stored version.</summary>
    public required string ParserVersion { get; init; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>The article JSON (<see cref="Newsdesk.Parsing.Model.ArticleJson"/>), or null when it lives in a blob.</summary>
    public string? Json { get; init; }

    /// <summary>The blob name in the article-json container holding the JSON of an article over the 1 MiB entity limit.</summary>
    public string? JsonBlob { get; init; }

    /// <summary>Row keys of every other row of this article in its partition (for exact stale-row removal).</summary>
    public IReadOnlyList<string> ChildKeys { get; init; } = [];

    /// <summary>The row's ETag (concurrency token).</summary>
    public ETag ETag { get; init; }

    /// <summary>Maps a stored entity; the JSON and lists are re-joined from their split parts.</summary>
    public static ArticleRow FromEntity(TableEntity entity) => new()
    {
        PartitionKey = entity.PartitionKey,
        ArticleId = entity.GetString(nameof(ArticleId)) ?? "",
        Title = entity.GetString(nameof(Title)) ?? "",
        Subtitle = entity.GetString(nameof(Subtitle)),
        Url = entity.GetString(nameof(Url)),
        CanonicalUrl = entity.GetString(nameof(CanonicalUrl)),
        OutletDomain = entity.GetString(nameof(OutletDomain)),
        OutletName = entity.GetString(nameof(OutletName)),
        PublishedAt = entity.GetString(nameof(PublishedAt)),
        PublishedDate = entity.GetDateTimeOffset(nameof(PublishedDate))?.UtcDateTime,
        Language = entity.GetString(nameof(Language)),
        WordCount = entity.GetInt32(nameof(WordCount)) ?? 0,
        Authors = entity.GetString(nameof(Authors)) ?? "",
        EntityIds = StorageJson.ReadList(TableLimits.ReadSplit(entity, nameof(EntityIds))),
        Sources = StorageJson.ReadList(TableLimits.ReadSplit(entity, nameof(Sources))),
        ContentHash = entity.GetString(nameof(ContentHash)) ?? "",
        ParserVersion = entity.GetString(nameof(ParserVersion)) ?? "",
        IngestedAt = entity.GetDateTimeOffset(nameof(IngestedAt)) ?? default,
        Json = TableLimits.ReadSplit(entity, nameof(Json)),
        JsonBlob = entity.GetString(nameof(JsonBlob)),
        ChildKeys = StorageJson.ReadList(TableLimits.ReadSplit(entity, nameof(ChildKeys))),
        ETag = entity.ETag,
    };

    /// <summary>The entity to store (JSON and long lists split over numbered properties).</summary>
    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKeys.Article(ArticleId))
        {
            [nameof(ArticleId)] = ArticleId,
            [nameof(Title)] = Title,
            [nameof(Subtitle)] = Subtitle,
            [nameof(Url)] = Url,
            [nameof(CanonicalUrl)] = CanonicalUrl,
            [nameof(OutletDomain)] = OutletDomain,
            [nameof(OutletName)] = OutletName,
            [nameof(PublishedAt)] = PublishedAt,
            [nameof(PublishedDate)] = PublishedDate,
            [nameof(Language)] = Language,
            [nameof(WordCount)] = WordCount,
            [nameof(Authors)] = Authors,
            [nameof(ContentHash)] = ContentHash,
            [nameof(ParserVersion)] = ParserVersion,
            [nameof(IngestedAt)] = IngestedAt,
            [nameof(JsonBlob)] = JsonBlob,
        };
        TableLimits.WriteSplit(entity, nameof(EntityIds), StorageJson.WriteList(EntityIds));
        TableLimits.WriteSplit(entity, nameof(Sources), StorageJson.WriteList(Sources));
        TableLimits.WriteSplit(entity, nameof(ChildKeys), StorageJson.WriteList(ChildKeys));
        if (Json is not null)
        {
            TableLimits.WriteSplit(entity, nameof(Json), Json);
        }

        return entity.WithoutNulls();
    }

    /// <summary>The summary columns its child rows carry.</summary>
    public ArticleSummary Summary => new(Title, Url, OutletDomain, PublishedAt, Language);
}
