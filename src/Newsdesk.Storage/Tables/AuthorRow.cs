using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The author row <c>a_{articleId}_author_{nn}</c>.</summary>
/// <param name="PartitionKey">Day-shard partition.</param>
/// <param name="RowKey">Row key.</param>
/// <param name="ArticleId">The article id.</param>
/// <param name="Name">Author name.</param>
/// <param name="Affiliation">Agency or outlet the author wrote for.</param>
/// <param name="Position">0-based order in the article.</param>
/// <param name="Summary">The article's denormalized summary columns.</param>
public sealed record AuthorRow(string PartitionKey, string RowKey, string ArticleId, string Name, string? Affiliation, int Position, ArticleSummary Summary)
{
    /// <summary>Maps a stored entity.</summary>
    public static AuthorRow FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString("ArticleId") ?? "",
        entity.GetString("Name") ?? "",
        entity.GetString("Affiliation"),
        entity.GetInt32("Position") ?? 0,
        ArticleSummary.ReadFrom(entity));

    /// <summary>The entity to store.</summary>
    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["ArticleId"] = ArticleId,
            ["Name"] = Name,
            ["Affiliation"] = Affiliation,
            ["Position"] = Position,
        };
        Summary.WriteTo(entity);
        return entity.WithoutNulls();
    }
}
