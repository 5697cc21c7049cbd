namespace Newsdesk.Storage;

/// <summary>Where Newsdesk keeps its blobs, tables and queues (configuration section <c>Newsdesk</c>).</summary>
public sealed record NewsdeskStorageOptions
{
    /// <summary>The configuration section the options bind from (<c>Newsdesk__TablePrefix</c> in app settings).</summary>
    public const string SectionName = "Newsdesk";

    /// <summary>The container users upload articles to.</summary>
    public string ArticlesContainer { get; init; } = "articles";

    /// <summary>Prefix of every table name (empty in production; unique per test).</summary>
    public string TablePrefix { get; init; } = "";

    /// <summary>The container holding article JSON too large for one table entity (<c>{id}.json</c>).</summary>
    public string ArticleJsonContainer { get; init; } = "article-json";

    /// <summary>The queue that receives the names of blobs whose ingestion failed after every retry.</summary>
    public string PoisonQueue { get; init; } = "articles-poison";
}
