using System.Diagnostics;
using Azure.Data.Tables;

namespace Newsdesk.Cli.Benchmarks;

/// <summary>Azurite's own ceiling: entities per second written as 100-entity transactions, several partitions at once.</summary>
internal static class BatchCeiling
{
    /// <summary>Writes <paramref name="entities"/> mention-sized rows in batches of 100 across <paramref name="parallelism"/> writers; returns entities/s.</summary>
    public static async Task<double> MeasureAsync(TableServiceClient service, int entities, int parallelism, CancellationToken cancellationToken = default)
    {
        var table = service.GetTableClient("bench" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
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
        }
        finally
        {
            await table.DeleteAsync(CancellationToken.None);
        }
    }

    private static TableEntity Row(string partition, int i) => new(partition, $"m_person:someone-{i:D3}_{Guid.NewGuid():N}")
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
