using Azure.Data.Tables;
using static Newsdesk.Export.Schema.ColumnType;

namespace Newsdesk.Export.Schema;

/// <summary>
/// The one place that defines each dataset's columns, their order (stable: new columns are only
/// appended) and how each is read from the stored rows. docs/export.md documents the same lists.
/// </summary>
public static class DatasetSchema
{
    /// <summary>Top-level members of the article JSON (<c>ArticleJson</c>), the <c>fields</c> of articles as json/ndjson.</summary>
    public static IReadOnlyList<string> ArticleJsonFields { get; } =
    [
        "id", "url", "canonicalUrl", "outlet", "title", "subtitle", "publishedAt", "language", "authors", "images",
        "sections", "text", "wordCount", "links", "entities", "quotes", "source",
    ];

    /// <summary>The columns of a dataset, in output order.</summary>
    public static IReadOnlyList<ExportColumn> Columns(ExportDataset dataset) => dataset switch
    {
        ExportDataset.Articles => Articles,
        ExportDataset.Authors => Authors,
        ExportDataset.Mentions => Mentions,
        ExportDataset.Entities => Entities,
        ExportDataset.Quotes => Quotes,
        ExportDataset.Images => Images,
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "Unknown dataset."),
    };

    /// <summary>The lower-case name used in URLs and file names.</summary>
    public static string Name(ExportDataset dataset) => dataset.ToString().ToLowerInvariant();

    private static ExportColumn S(string name, string property, string description) =>
        new(name, ColumnType.String, description, e => RowValues.String(e, property));

    private static ExportColumn ArticleId { get; } = S("articleId", "ArticleId", "Id of the article the row belongs to.");

    private static ExportColumn Position { get; } =
        new("position", ColumnType.Int32, "Zero-based position within the article.", e => RowValues.Int(e, "Position"));

    private static ExportColumn PublishedDate { get; } =
        new("publishedDate", Timestamp, "Publication date (UTC midnight of the local date as published); null when undated.", RowValues.DateFromPartition);

    // The article summary every child row carries (docs/table-model.md).
    private static ExportColumn[] Summary(string urlColumn, Func<TableEntity, object?> url) =>
    [
        S("title", "Title", "Headline of the article."),
        new(urlColumn, ColumnType.String, "URL of the article.", url),
        S("outletDomain", "OutletDomain", "Registrable domain of the outlet."),
        S("publishedAt", "PublishedAt", "Publication time as published (ISO 8601; a date alone when only the date is known)."),
        PublishedDate,
        S("language", "Language", "ISO 639-1 language code."),
    ];

    private static ExportColumn[] ArticleUrlSummary => Summary("url", e => RowValues.String(e, "Url"));

    private static IReadOnlyList<ExportColumn> Articles { get; } =
    [
        S("id", "ArticleId", "Stable article id (hash of the canonical URL, else of the content).") with
        {
            Read = e => RowValues.String(e, "ArticleId") ?? ArticleKey(e.RowKey),
        },
        S("title", "Title", "Headline."),
        S("subtitle", "Subtitle", "Standfirst or deck."),
        S("url", "Url", "URL as found."),
        S("canonicalUrl", "CanonicalUrl", "Canonical URL."),
        S("outletDomain", "OutletDomain", "Registrable domain of the outlet."),
        S("outletName", "OutletName", "Display name of the outlet."),
        S("publishedAt", "PublishedAt", "Publication time as published (ISO 8601)."),
        new("publishedDate", Timestamp, "Publication date (UTC midnight); null when undated.", e => RowValues.Timestamp(e, "PublishedDate") ?? RowValues.DateFromPartition(e)),
        S("language", "Language", "ISO 639-1 language code."),
        new("wordCount", ColumnType.Int32, "Words in the body text.", e => RowValues.Int(e, "WordCount")),
        new("authors", StringList, "Author names.", e => RowValues.List(e, "Authors")),
        new("entityIds", StringList, "Ids of the people, organizations and places mentioned.", e => RowValues.List(e, "EntityIds")),
        S("contentHash", "ContentHash", "SHA-256 of the uploaded bytes."),
        S("parserVersion", "ParserVersion", "Version of the parser that produced the row."),
        new("ingestedAt", Timestamp, "When the article was stored.", e => RowValues.Timestamp(e, "IngestedAt")),
        new("text", ColumnType.String, "Clean body text, paragraphs separated by blank lines.", ArticleRowJson.Text),
    ];

    private static IReadOnlyList<ExportColumn> Authors { get; } =
    [
        ArticleId, Position,
        S("name", "Name", "Author name."),
        S("affiliation", "Affiliation", "Agency or outlet the author wrote for, when the byline says so."),
        .. ArticleUrlSummary,
    ];

    private static IReadOnlyList<ExportColumn> Images { get; } =
    [
        ArticleId, Position,
        new("imageUrl", ColumnType.String, "URL of the image.", e => RowValues.String(e, "ImageUrl") ?? RowValues.String(e, "Url")),
        S("caption", "Caption", "Caption without the credit."),
        S("credit", "Credit", "Photographer or agency credit."),
        .. Summary("articleUrl", e => RowValues.String(e, "ArticleUrl") ?? (e.ContainsKey("ImageUrl") ? RowValues.String(e, "Url") : null)),
    ];

    private static IReadOnlyList<ExportColumn> Quotes { get; } =
    [
        ArticleId, Position,
        S("text", "Text", "The quoted words, without quotation marks."),
        S("speaker", "Speaker", "Canonical name of the speaker, when attributed."),
        S("speakerId", "SpeakerId", "Entity id of the speaker, when resolved."),
        new("isFragment", ColumnType.Boolean, "True for scare quotes of one to three words.", e => RowValues.Bool(e, "IsFragment")),
        .. ArticleUrlSummary,
    ];

    private static IReadOnlyList<ExportColumn> Mentions { get; } =
    [
        ArticleId,
        S("entityId", "EntityId", "Entity id (person:vladimir-putin)."),
        S("entityType", "EntityType", "person, organization or place."),
        S("entityName", "EntityName", "Canonical name of the entity."),
        new("mentions", ColumnType.Int32, "Times the entity is mentioned in the article.", e => RowValues.Int(e, "Mentions")),
        new("roles", StringList, "Role titles attached to a person in the article.", e => RowValues.List(e, "Roles")),
        S("countryCode", "CountryCode", "ISO 3166-1 alpha-2 code for countries."),
        .. ArticleUrlSummary,
    ];

    private static IReadOnlyList<ExportColumn> Entities { get; } =
    [
        S("id", "EntityId", "Entity id."),
        S("type", "Type", "person, organization or place."),
        S("name", "Name", "Canonical name."),
        S("countryCode", "CountryCode", "ISO 3166-1 alpha-2 code for countries."),
        new("roles", StringList, "Role titles seen for a person (every day's, unioned).", e => RowValues.List(e, EntityRolesProperty)),
        new("aliases", StringList, "Other surface forms seen in articles (every day's, unioned).", e => RowValues.List(e, EntityAliasProperty)),
    ];

    /// <summary>Property the entities source fills with the aliases gathered from the alias rows (JSON list).</summary>
    internal const string EntityAliasProperty = "__Aliases";

    /// <summary>Property the entities source fills with the roles unioned over the catalogue's rows.</summary>
    internal const string EntityRolesProperty = "__Roles";

    internal static string ArticleKey(string rowKey) =>
        rowKey.StartsWith("a_", StringComparison.Ordinal) ? rowKey[2..] : rowKey;
}
