using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Newsdesk.Cli.Benchmarks;

/// <summary>
/// Azurite's CPU per request type, from its process's CPU time over a run of identical requests (8 at once): the
/// budget that says where an article's Azurite time goes, ours (blob GET, table reads and writes) or the WebJobs blob
/// trigger's (queue message put, receive, delete, blob HEADs). Only measurable when this process started Azurite.
/// </summary>
internal static class RequestCosts
{
    private const int Requests = 1_000;
    private const int Writers = 8;

    /// <summary>Azurite CPU per request type, in microseconds.</summary>
    /// <param name="BlobHead">A blob's properties (HEAD).</param>
    /// <param name="BlobPut">An upload of the article's size (the user's upload, inside the measured window).</param>
    /// <param name="BlobGet">A blob GET of the article's size.</param>
    /// <param name="QueuePut">One message put on a queue.</param>
    /// <param name="QueueReceive">One message's share of a 16-message receive.</param>
    /// <param name="QueueDelete">One message deleted.</param>
    /// <param name="TablePointRead">A point read that finds nothing (the locator read of a new article).</param>
    /// <param name="TableSingleWrite">One upsert outside a transaction.</param>
    /// <param name="TableBatchedEntity">One entity's share of a 100-entity transaction.</param>
    public sealed record Costs(double BlobHead, double BlobPut, double BlobGet, double QueuePut, double QueueReceive, double QueueDelete, double TablePointRead, double TableSingleWrite, double TableBatchedEntity)
    {
        /// <summary>What the WebJobs blob trigger (Event Grid source) adds per blob: message put, receive share, delete, three HEADs.</summary>
        public double TriggerPerBlob => QueuePut + QueueReceive + QueueDelete + (3 * BlobHead);
    }

    /// <summary>Measures each request type against scratch resources (deleted afterwards).</summary>
    public static async Task<Costs> MeasureAsync(string storage, int articleBytes, Func<TimeSpan> azuriteCpu, CancellationToken cancellationToken = default)
    {
        var scratch = "cost" + Guid.NewGuid().ToString("N")[..12];
        var container = new BlobServiceClient(storage).GetBlobContainerClient(scratch);
        var queue = new QueueServiceClient(storage).GetQueueClient(scratch);
        var table = new TableServiceClient(storage).GetTableClient(scratch);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            var body = BinaryData.FromBytes(new byte[articleBytes]);
            await ForEachAsync(Enumerable.Range(0, 64), i => container.GetBlobClient($"b{i}").UploadAsync(body, overwrite: true, cancellationToken), cancellationToken);

            var head = await PerRequestAsync(azuriteCpu, Requests, i => container.GetBlobClient($"b{i % 64}").GetPropertiesAsync(cancellationToken: cancellationToken), cancellationToken);
            var upload = await PerRequestAsync(azuriteCpu, Requests, i => container.GetBlobClient($"u{i}").UploadAsync(body, overwrite: true, cancellationToken), cancellationToken);
            var get = await PerRequestAsync(azuriteCpu, Requests, i => container.GetBlobClient($"b{i % 64}").DownloadContentAsync(cancellationToken), cancellationToken);

            // A blob-trigger message's size: the function id, the blob's container, name and ETag as JSON.
            var message = $$"""{"Type":"BlobTrigger","FunctionId":"Host.Functions.IngestArticle","BlobType":"BlockBlob","ContainerName":"articles","BlobName":"{{new string('n', 40)}}","ETag":"\"0x8DE0000000000000\""}""";
            var put = await PerRequestAsync(azuriteCpu, Requests, _ => queue.SendMessageAsync(message, cancellationToken), cancellationToken);
            var received = new System.Collections.Concurrent.ConcurrentBag<QueueMessage>();
            var receive = await PerRequestAsync(azuriteCpu, Requests / 16, async _ =>
            {
                foreach (var m in (await queue.ReceiveMessagesAsync(16, TimeSpan.FromMinutes(10), cancellationToken)).Value)
                {
                    received.Add(m);
                }
            }, cancellationToken) / 16;
            var toDelete = received.ToArray();
            var delete = await PerRequestAsync(azuriteCpu, toDelete.Length, i => queue.DeleteMessageAsync(toDelete[i].MessageId, toDelete[i].PopReceipt, cancellationToken), cancellationToken);

            var read = await PerRequestAsync(azuriteCpu, Requests, i => table.GetEntityIfExistsAsync<TableEntity>($"missing{i}", "row", cancellationToken: cancellationToken), cancellationToken);
            var single = await PerRequestAsync(azuriteCpu, Requests, i => table.UpsertEntityAsync(BatchCeiling.Row($"single{i}", i), TableUpdateMode.Replace, cancellationToken), cancellationToken);
            var batched = await PerRequestAsync(azuriteCpu, Requests / 20, i => table.SubmitTransactionAsync(
                Enumerable.Range(0, 100).Select(j => new TableTransactionAction(TableTransactionActionType.UpsertReplace, BatchCeiling.Row($"batch{i}", j))).ToList(), cancellationToken), cancellationToken) / 100;
            return new Costs(head, upload, get, put, receive, delete, read, single, batched);
        }
        finally
        {
            await container.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            await queue.DeleteIfExistsAsync(CancellationToken.None);
            await table.DeleteAsync(CancellationToken.None);
        }
    }

    // Azurite's CPU for `count` requests made 8 at once, per request, in microseconds.
    private static async Task<double> PerRequestAsync(Func<TimeSpan> azuriteCpu, int count, Func<int, Task> request, CancellationToken cancellationToken)
    {
        var before = azuriteCpu();
        await ForEachAsync(Enumerable.Range(0, count), request, cancellationToken);
        return (azuriteCpu() - before).TotalMicroseconds / count;
    }

    private static Task ForEachAsync(IEnumerable<int> items, Func<int, Task> request, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Writers, CancellationToken = cancellationToken }, async (i, _) => await request(i));
}
