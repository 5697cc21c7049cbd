using Azure;
using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>
/// Submits table writes as entity-group transactions: grouped by partition, split at 100 operations
/// and ~3.5 MB (the 4 MiB payload limit), in the order given within each partition so that a
/// concurrency-checked row placed last commits last.
/// </summary>
public static class BatchWriter
{
    /// <summary>Submits <paramref name="actions"/>; returns how many transactions were sent.</summary>
    /// <remarks>
    /// A delete of a row that is already gone fails the whole transaction with 404; that delete is
    /// dropped and the rest resubmitted, because the row's absence is what the delete wanted.
    /// Other failures (409/412 included) propagate as <see cref="TableTransactionFailedException"/>.
    /// </remarks>
    public static async Task<int> SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var transactions = 0;
        foreach (var chunk in Split(actions))
        {
            transactions += await SubmitChunkAsync(table, chunk, cancellationToken).ConfigureAwait(false);
        }

        return transactions;
    }

    /// <summary>Splits actions into per-partition chunks within the operation and payload limits.</summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Split(IEnumerable<TableTransactionAction> actions)
    {
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var chunk = new List<TableTransactionAction>();
            long bytes = 0;
            foreach (var action in partition)
            {
                if (action.Entity is TableEntity entity && action.ActionType != TableTransactionActionType.Delete)
                {
                    TableLimits.EnsureWithinLimits(entity);
                }

                var size = TableLimits.EstimateSize(action.Entity) + 512;
                if (chunk.Count == TableLimits.MaxBatchOperations || (chunk.Count > 0 && bytes + size > TableLimits.BatchBudgetBytes))
                {
                    yield return chunk;
                    chunk = [];
                    bytes = 0;
                }

                chunk.Add(action);
                bytes += size;
            }

            if (chunk.Count > 0)
            {
                yield return chunk;
            }
        }
    }

    private static async Task<int> SubmitChunkAsync(TableClient table, IReadOnlyList<TableTransactionAction> chunk, CancellationToken cancellationToken)
    {
        var pending = chunk.ToList();
        var sent = 0;
        while (pending.Count > 0)
        {
            try
            {
                sent++;
                await table.SubmitTransactionAsync(pending, cancellationToken).ConfigureAwait(false);
                return sent;
            }
            catch (TableTransactionFailedException ex) when (
                ex.Status == 404 && ex.FailedTransactionActionIndex is { } index &&
                index < pending.Count && pending[index].ActionType == TableTransactionActionType.Delete)
            {
                pending.RemoveAt(index);
            }
        }

        return sent;
    }

    /// <summary>An unconditional delete (wildcard ETag) of <paramref name="partitionKey"/>/<paramref name="rowKey"/>.</summary>
    public static TableTransactionAction Delete(string partitionKey, string rowKey, ETag? etag = null) =>
        new(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), etag ?? ETag.All);
}
