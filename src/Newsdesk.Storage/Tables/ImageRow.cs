using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The image row <c>a_{articleId}_image_{nn}</c>.</summary>
/// <param name="PartitionKey">Day-shard partition.</param>
/// <param name="RowKey">Row key.</param>
/// <param name="ArticleId">The article id.</param>
/// <param name="ImageUrl">Image URL (the column is ImageUrl because Url is the article's).</param>
/// <param name="Caption">Caption.</param>
/// <param name="Credit">Credit.</param>
/// <param name="Position">0-based order in the article.</param>
/// <param name="Summary">The article's denormalized summary columns.</param>
public sealed record ImageRow(string PartitionKey, string RowKey, string ArticleId, string? ImageUrl, string? Caption, string? Credit, int Position, ArticleSummary Summary)
{
    /// <summary>Maps a stored entity.</summary>
    public static ImageRow FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString("ArticleId") ?? "",
        entity.GetString("ImageUrl"),
        entity.GetString("Caption"),
        entity.GetString("Credit"),
        entity.GetInt32("Position") ?? 0,
        ArticleSummary.ReadFrom(entity));

    /// <summary>The entity to store.</summary>
    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["ArticleId"] = ArticleId,
            ["ImageUrl"] = ImageUrl,
            ["Caption"] = Caption,
            ["Credit"] = Credit,
            ["Position"] = Position,
        };
        Summary.WriteTo(entity);
        return entity.WithoutNulls();
    }
}
