using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>A facet index row <c>f_{facet}_{slug}_{articleId}</c> (outlet, author, lang).</summary>
/// <param name="PartitionKey">Day-shard partition.</param>
/// <param name="RowKey">Row key.</param>
/// <param name="ArticleId">The article id.</param>
/// <param name="Facet">outlet, author or lang.</param>
/// <param name="Value">The facet value as written (the key holds its slug).</param>
/// <param name="Summary">The article's denormalized summary columns.</param>
public sealed record FacetRow(string PartitionKey, string RowKey, string ArticleId, string Facet, string Value, ArticleSummary Summary)
{
    /// <summary>Maps a stored entity.</summary>
    public static FacetRow FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString("ArticleId") ?? "",
        entity.GetString("Facet") ?? "",
        entity.GetString("Value") ?? "",
        ArticleSummary.ReadFrom(entity));

    /// <summary>The entity to store.</summary>
    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ["ArticleId"] = ArticleId,
            ["Facet"] = Facet,
            ["Value"] = Value,
        };
        Summary.WriteTo(entity);
        return entity.WithoutNulls();
    }
}
