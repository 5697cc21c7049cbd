using System.Globalization;
using Azure.Data.Tables;
using Newsdesk.Storage;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Tests.Support;

/// <summary>
/// Writes many mention rows fast (the storage library's <see cref="MentionRow"/> shape): 8 day-shards
/// a day, full 100-row entity-group transactions, 16 in flight. Shared by the large-export test and
/// the export load measurement (linked into benchmarks/Newsdesk.Benchmarks).
/// </summary>
public static class MentionSeeder
{
    private static readonly string[] Entities =
        ["person:vladimir-putin", "person:kim-jong-un", "place:north-korea", "place:russia", "organization:united-nations", "organization:afp", "place:france", "person:emmanuel-macron"];

    public static async Task WriteAsync(TableServiceClient service, NewsdeskStorageOptions options, int rows, CancellationToken cancellationToken = default)
    {
        var tables = new NewsdeskTables(service, options);
        await tables.CreateIfNotExistsAsync(cancellationToken);
        const int perPartition = 125;
        var partitions = (rows + perPartition - 1) / perPartition;
        var batches = Enumerable.Range(0, partitions).SelectMany(p => Rows(p, Math.Min(perPartition, rows - (p * perPartition))).Chunk(TableLimits.MaxBatchOperations));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (batch, ct) =>
            await tables.Articles.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
    }

    private static IEnumerable<TableEntity> Rows(int partition, int count)
    {
        var day = new DateOnly(2024, 1, 1).AddDays(partition / PartitionKeys.ShardsPerDay);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pk = $"{date}_{partition % PartitionKeys.ShardsPerDay}";
        for (var i = 0; i < count; i++)
        {
            var entity = Entities[i % Entities.Length];
            var articleId = (partition % PartitionKeys.ShardsPerDay).ToString("x", CultureInfo.InvariantCulture) + ((partition * 1000) + i).ToString("x31", CultureInfo.InvariantCulture);
            var summary = new ArticleSummary($"Article {partition}-{i} on =SUM(A1)", $"https://news.example/{articleId}", i % 2 == 0 ? "bbc.co.uk" : "reuters.com", date, "en");
            yield return new MentionRow(pk, RowKeys.Mention(entity, articleId), articleId, entity, entity[..entity.IndexOf(':')], entity[(entity.IndexOf(':') + 1)..], 1 + (i % 5), ["Role"], null, summary).ToEntity();
        }
    }
}
