using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The mention row <c>m_{entityId}_{articleId}</c>: the inverted index by entity within the day-shard.</summary>
/// <param name="PartitionKey">Day-shard partition.</param>
/// <param name="RowKey">Row key.</param>
/// <param name="ArticleId">The article id.</param>
/// <param name="EntityId">Entity id (person:vladimir-putin).</param>
/// <param name="EntityType">person, organization or place.</param>
/// <param name="EntityName">Canonical name.</param>
/// <param name="Mentions">Mentions in the article.</param>
/// <param name="Roles">Role titles.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 for countries.</param>
/// <param name="Summary">The article's denormalized summary columns.</param>
public sealed record MentionRow(string PartitionKey, string RowKey, string ArticleId, string EntityId, string EntityType, string EntityName, int Mentions, IReadOnlyList<string> Roles, string? CountryCode, ArticleSummary Summary)
{
    /// <summary>Maps a stored entity.</summary>
    public static MentionRow FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString("ArticleId") ?? "",
        entity.GetString("EntityId") ?? "",
        entity.GetString("EntityType") ?? "",
        entity.GetString("EntityName") ?? "",
        entity.GetInt32("Mentions") ?? 0,
        StorageJson.ReadList(entity.GetString("Roles")),
        entity.GetString("CountryCode"),
        ArticleSummary.ReadFrom(entity));

    /// <summary>The entity to store.</summary>
    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["ArticleId"] = ArticleId,
            ["EntityId"] = EntityId,
            ["EntityType"] = EntityType,
            ["EntityName"] = EntityName,
            ["Mentions"] = Mentions,
            ["Roles"] = StorageJson.WriteList(Roles),
            ["CountryCode"] = CountryCode,
        };
        Summary.WriteTo(entity);
        return entity.WithoutNulls();
    }
}
