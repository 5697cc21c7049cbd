namespace Newsdesk.Storage;

/// <summary>Where Newsdesk keeps its blobs and tables.</summary>
public sealed record NewsdeskStorageOptions
{
    /// <summary>The container users upload articles to.</summary>
    public string ArticlesContainer { get; init; } = "articles";

    /// <summary>Prefix of every table name (empty in production; unique per test).</summary>
    public string TablePrefix { get; init; } = "";
}
