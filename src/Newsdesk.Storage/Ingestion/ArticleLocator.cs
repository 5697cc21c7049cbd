using Azure;
using Azure.Data.Tables;

namespace Newsdesk.Storage.Ingestion;

/// <summary>
/// Where an article's rows are: IngestionLog row <c>article_{first hex digit}</c> / <c>{articleId}</c>
/// holding the day-shard partition, so a changed publication date finds (and clears) the old one.
/// </summary>
internal sealed record ArticleLocator(string ArticleId, string Partition, ETag ETag)
{
    public static ArticleLocator FromEntity(TableEntity entity) =>
        new(entity.RowKey, entity.GetString(nameof(Partition)) ?? "", entity.ETag);

    public static TableEntity ToEntity(string articleId, string partition) =>
        new(IngestionLogKeys.LocatorPartition(articleId), Tables.RowKeys.Segment(articleId)) { [nameof(Partition)] = partition };
}
