using Azure;
using Newsdesk.Parsing;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Writes the per-blob IngestionLog row (and, for failures, a row in the <c>failures</c> partition).</summary>
internal sealed class IngestionLogWriter(NewsdeskTables tables)
{
    public async Task WriteAsync(IngestionOutcome outcome, string? contentHash, ETag? etag, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var entry = new IngestionLogEntry(
            outcome.BlobName,
            outcome.Status.ToString().ToLowerInvariant(),
            outcome.Reason,
            ParserInfo.Version,
            contentHash,
            outcome.ArticleIds,
            etag?.ToString(),
            at,
            outcome.RowsWritten,
            outcome.RowsDeleted);
        var blobRow = tables.IngestionLog.UpsertEntityAsync(
            entry.ToEntity(IngestionLogKeys.BlobPartition(outcome.BlobName), IngestionLogKeys.BlobRow(outcome.BlobName)), Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
        if (outcome.Status == IngestionStatus.Failed)
        {
            var failureRow = tables.IngestionLog.UpsertEntityAsync(
                entry.ToEntity(IngestionLogKeys.FailuresPartition, IngestionLogKeys.FailureRow(at, outcome.BlobName)), Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
            await Task.WhenAll(blobRow, failureRow).ConfigureAwait(false);
        }
        else
        {
            await blobRow.ConfigureAwait(false);
        }
    }
}
