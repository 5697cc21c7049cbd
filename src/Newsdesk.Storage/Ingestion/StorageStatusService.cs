using Azure;
using Azure.Data.Tables;

namespace Newsdesk.Storage.Ingestion;

/// <summary>Counts rows per table (streaming, keys only) and lists recent failures.</summary>
public sealed class StorageStatusService(NewsdeskStorage storage)
{
    private static readonly string[] KeysOnly = ["PartitionKey", "RowKey"];

    /// <summary>Row counts of every table, Articles rows by kind, and up to <paramref name="failures"/> recent failures.</summary>
    public async Task<StorageStatus> GetStatusAsync(int failures = 10, CancellationToken cancellationToken = default)
    {
        var counts = new List<TableRowCount>();
        var kinds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in storage.Tables.All)
        {
            var isArticles = table.Name == storage.Tables.Articles.Name;
            long rows = 0;
            try
            {
                // Select only the keys: a count streams pages of tiny entities, never whole rows.
                await foreach (var entity in table.QueryAsync<TableEntity>(filter: (string?)null, select: KeysOnly, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    rows++;
                    if (isArticles)
                    {
                        var kind = Kind(entity.RowKey);
                        kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                    }
                }

                counts.Add(new TableRowCount(table.Name, rows));
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                counts.Add(new TableRowCount(table.Name, 0, Exists: false));
            }
        }

        IReadOnlyList<IngestionLogEntry> recent;
        try
        {
            recent = await new IngestionLogReader(storage).RecentFailuresAsync(failures, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            recent = [];
        }

        return new StorageStatus(counts, kinds, recent);
    }

    /// <summary>The kind of an Articles row from its key: article, author, image, quote, mention, facet.</summary>
    public static string Kind(string rowKey) => rowKey switch
    {
        _ when rowKey.StartsWith("m_", StringComparison.Ordinal) => "mention",
        _ when rowKey.StartsWith("f_", StringComparison.Ordinal) => "facet",
        _ when rowKey.Contains("_author_", StringComparison.Ordinal) => "author",
        _ when rowKey.Contains("_image_", StringComparison.Ordinal) => "image",
        _ when rowKey.Contains("_quote_", StringComparison.Ordinal) => "quote",
        _ when rowKey.StartsWith("a_", StringComparison.Ordinal) => "article",
        _ => "other",
    };
}
