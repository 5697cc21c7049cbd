using System.Diagnostics;
using Azure.Data.Tables;

namespace Newsdesk.Cli.Benchmarks;

/// <summary>Azurite's own ceiling: entities per second written as 100-entity transactions, several partitions at once.</summary>
internal static class BatchCeiling
{
    /// <summary>Writes <paramref name="entities"/> mention-sized rows in batches of 100 across <paramref name="parallelism"/> writers; returns entities/s.</summary>
    public static Task<double> MeasureAsync(TableServiceClient service, int entities, int parallelism, CancellationToken cancellationToken = default) =>
        InScratchTableAsync(service, async table =>
        {
            var batches = entities / 100;
            var stopwatch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, batches), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (batch, token) =>
            {
                // One partition per batch, like one article's rows in its day-shard partition.
                var partition = $"2025-07-{batch % 28 + 1:D2}_{batch % 8}_{batch}";
                var actions = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(partition, i))).ToList();
                await table.SubmitTransactionAsync(actions, token);
            });
            return batches * 100 / stopwatch.Elapsed.TotalSeconds;
        }, cancellationToken);

    /// <summary>Single (unbatched) upserts of mention-sized rows by one writer, one after another; returns entities/s.</summary>
    public static Task<double> MeasureSingleWritesAsync(TableServiceClient service, int entities, CancellationToken cancellationToken = default) =>
        InScratchTableAsync(service, async table =>
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < entities; i++)
            {
                await table.UpsertEntityAsync(Row($"2025-07-{i % 28 + 1:D2}_{i % 8}", i % 1000), TableUpdateMode.Replace, cancellationToken);
            }

            return entities / stopwatch.Elapsed.TotalSeconds;
        }, cancellationToken);

    // A fresh table for one measurement, deleted afterwards whatever happens.
    private static async Task<double> InScratchTableAsync(TableServiceClient service, Func<TableClient, Task<double>> measure, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient("bench" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            return await measure(table);
        }
        finally
        {
            await table.DeleteAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Azurite's batched-write rate for given rows (the very rows an ingestion wrote, read back): each table's rows
    /// grouped by partition into full 100-entity transactions, written by <paramref name="parallelism"/> writers into
    /// fresh tables. Returns entities/s.
    /// </summary>
    public static async Task<double> MeasureRowsAsync(TableServiceClient service, IReadOnlyList<IReadOnlyList<TableEntity>> tables, int parallelism, CancellationToken cancellationToken = default)
    {
        var targets = new List<TableClient>();
        try
        {
            var batches = new List<(TableClient Table, List<TableTransactionAction> Actions)>();
            foreach (var rows in tables)
            {
                var target = service.GetTableClient("ceiling" + Guid.NewGuid().ToString("N")[..12]);
                await target.CreateIfNotExistsAsync(cancellationToken);
                targets.Add(target);
                foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
                {
                    batches.AddRange(partition.Chunk(100).Select(chunk => (target, chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Copy(r))).ToList())));
                }
            }

            var stopwatch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (batch, token) =>
                await batch.Table.SubmitTransactionAsync(batch.Actions, token));
            return batches.Sum(b => b.Actions.Count) / stopwatch.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var target in targets)
            {
                await target.DeleteAsync(CancellationToken.None);
            }
        }
    }

    // The row as written: keys and properties, without the service's Timestamp and ETag.
    private static TableEntity Copy(TableEntity row)
    {
        var copy = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (key, value) in row)
        {
            if (key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            {
                copy[key] = value;
            }
        }

        return copy;
    }

    /// <summary>A mention-sized row (the ceiling's unit).</summary>
    internal static TableEntity Row(string partition, int i) => new(partition, $"m_person:someone-{i:D3}_{Guid.NewGuid():N}")
    {
        ["ArticleId"] = Guid.NewGuid().ToString("N"),
        ["EntityId"] = $"person:someone-{i:D3}",
        ["EntityType"] = "person",
        ["EntityName"] = $"Someone Number {i}",
        ["Mentions"] = i % 7 + 1,
        ["Title"] = "Kazakhstan and Uzbekistan agree to share river water as drought deepens",
        ["Url"] = $"https://news.example.org/2025/07/08/article-{i}",
        ["OutletDomain"] = "example.org",
        ["PublishedAt"] = "2025-07-08T10:30:00+03:00",
        ["Language"] = "en",
    };
}
