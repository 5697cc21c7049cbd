using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Reads the IngestionLog: one blob's last ingestion, every blob's, and the recent failures.</summary>
public sealed class IngestionLogReader(NewsdeskStorage storage)
{
    private TableClient Log => storage.Tables.IngestionLog;

    /// <summary>The last ingestion of <paramref name="blobName"/>, or null when it was never ingested.</summary>
    public async Task<IngestionLogEntry?> GetAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var response = await Log.GetEntityIfExistsAsync<TableEntity>(
            IngestionLogKeys.BlobPartition(blobName), IngestionLogKeys.BlobRow(blobName), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? IngestionLogEntry.FromEntity(response.Value!) : null;
    }

    /// <summary>Every per-blob log row, streamed (one per blob ever ingested).</summary>
    public async IAsyncEnumerable<IngestionLogEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var range = IngestionLogKeys.BlobPartitions;
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {range.From} and PartitionKey lt {range.To}");
        await foreach (var entity in Log.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return IngestionLogEntry.FromEntity(entity);
        }
    }

    /// <summary>The most recent failures, newest first.</summary>
    public async Task<IReadOnlyList<IngestionLogEntry>> RecentFailuresAsync(int max = 20, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {IngestionLogKeys.FailuresPartition}");
        var failures = new List<IngestionLogEntry>(Math.Min(max, 1000));
        await foreach (var entity in Log.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(max, 1, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (failures.Count >= max)
            {
                break;
            }

            failures.Add(IngestionLogEntry.FromEntity(entity));
        }

        return failures;
    }
}
