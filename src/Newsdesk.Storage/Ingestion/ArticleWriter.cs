using Azure;
using Azure.Data.Tables;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage.Ingestion;

/// <summary>
/// Writes one article with optimistic concurrency: the article row is added (new) or replaced with
/// If-Match on the ETag read (existing) in the same entity-group transaction as its other rows, so
/// of two writers only one commits; the loser redoes the whole write from a fresh read.
/// </summary>
internal sealed class ArticleWriter(NewsdeskStorage storage, ArticleJsonStore jsonStore, TimeProvider clock)
{
    public async Task<ArticleWriteResult> WriteAsync(NormalizedArticle article, string blobName, int maxAttempts, CancellationToken cancellationToken = default)
    {
        var tables = storage.Tables;
        var newPk = PartitionKeys.For(article);
        int written = 0, deleted = 0;
        var committed = false;
        for (var attempt = 1; ; attempt++)
        {
            var locator = await ReadLocatorAsync(article.Id, cancellationToken).ConfigureAwait(false);

            // New articles skip the point read: Add fails with 409 if the row exists after all, and the retry reads it.
            var current = locator?.Partition == newPk || attempt > 1 ? await ReadArticleAsync(newPk, article.Id, cancellationToken).ConfigureAwait(false) : null;
            var old = locator is { } l && l.Partition != newPk ? await ReadArticleAsync(l.Partition, article.Id, cancellationToken).ConfigureAwait(false) : null;
            if (current is not null && old is null && locator?.Partition == newPk &&
                current.ContentHash == article.Source.ContentHash && current.ParserVersion == article.Source.ParserVersion &&
                current.Sources.Contains(blobName, StringComparer.Ordinal))
            {
                return new ArticleWriteResult(committed, written, deleted, attempt);
            }

            var sources = (current?.Sources ?? []).Concat(old?.Sources ?? []).Append(blobName);
            var set = ArticleRows.Build(article, sources, clock.GetUtcNow());
            try
            {
                if (set.JsonOverflow)
                {
                    await jsonStore.UploadAsync(article.Id, set.Json, cancellationToken).ConfigureAwait(false);
                }

                var actions = set.Children.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, c)).ToList();
                var stale = (current?.ChildKeys ?? []).Except(set.ChildKeys, StringComparer.Ordinal).ToList();
                actions.AddRange(stale.Select(rk => BatchWriter.Delete(newPk, rk)));

                // The concurrency-checked article row goes last, so with more than 100 rows it is in the last transaction.
                actions.Add(current is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, set.Article.ToEntity())
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, set.Article.ToEntity(), current.ETag));
                await BatchWriter.SubmitAsync(tables.Articles, actions, cancellationToken).ConfigureAwait(false);
                committed = true;
                written += set.Children.Count + 1;
                deleted += stale.Count;

                if (old is not null)
                {
                    // The publication date changed: the rows in the old day-partition go, the article row last and only if unchanged since read.
                    var oldActions = old.ChildKeys.Select(rk => BatchWriter.Delete(old.PartitionKey, rk))
                        .Append(BatchWriter.Delete(old.PartitionKey, RowKeys.Article(article.Id), old.ETag));
                    await BatchWriter.SubmitAsync(tables.Articles, oldActions, cancellationToken).ConfigureAwait(false);
                    deleted += old.ChildKeys.Count + 1;
                }

                var locatorWrite = WriteLocatorAsync(article.Id, newPk, locator, claim: current is null, cancellationToken);
                var entityActions = set.EntityRows.Select(e => new TableTransactionAction(
                    e.RowKey.StartsWith("e_", StringComparison.Ordinal) ? TableTransactionActionType.UpsertMerge : TableTransactionActionType.UpsertReplace, e));
                var entityWrite = BatchWriter.SubmitAsync(tables.Entities, entityActions, cancellationToken);
                await Task.WhenAll(locatorWrite, entityWrite).ConfigureAwait(false);
                written += set.EntityRows.Count;

                if (!set.JsonOverflow && (current?.JsonBlob ?? old?.JsonBlob) is not null)
                {
                    await jsonStore.DeleteAsync(article.Id, cancellationToken).ConfigureAwait(false);
                }

                return new ArticleWriteResult(true, written, deleted, attempt);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < maxAttempts)
            {
                // Another writer got there first (409: added meanwhile; 412: changed since read; 404: moved away
                // since read): redo everything from a fresh read, after a short random pause.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * Math.Min(attempt, 10))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Points the locator at <paramref name="partition"/>, conditionally on the locator read. With <paramref name="claim"/>
    /// (this writer added the article row) a locator already pointing there is rewritten too: a row missing where the
    /// locator points means another writer is moving the article away (it deleted the rows, its locator update is
    /// next); changing the ETag here makes that stale update fail with 412 and redo its move, or makes this one fail if
    /// it came first, instead of both finishing with an article row in each day-partition.
    /// </summary>
    private async Task WriteLocatorAsync(string articleId, string partition, ArticleLocator? locator, bool claim, CancellationToken cancellationToken)
    {
        if (locator?.Partition == partition && !claim)
        {
            return;
        }

        var entity = ArticleLocator.ToEntity(articleId, partition);
        if (locator is null)
        {
            await storage.Tables.IngestionLog.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await storage.Tables.IngestionLog.UpdateEntityAsync(entity, locator.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ArticleLocator?> ReadLocatorAsync(string articleId, CancellationToken cancellationToken)
    {
        var response = await storage.Tables.IngestionLog.GetEntityIfExistsAsync<TableEntity>(
            IngestionLogKeys.LocatorPartition(articleId), RowKeys.Segment(articleId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ArticleLocator.FromEntity(response.Value!) : null;
    }

    private async Task<ArticleRow?> ReadArticleAsync(string partitionKey, string articleId, CancellationToken cancellationToken)
    {
        var response = await storage.Tables.Articles.GetEntityIfExistsAsync<TableEntity>(
            partitionKey, RowKeys.Article(articleId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ArticleRow.FromEntity(response.Value!) : null;
    }
}
