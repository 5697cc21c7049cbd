using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Newsdesk.Export.Schema;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Query;

/// <summary>
/// The entities dataset. The catalogue is sharded by day like the articles (docs/table-model.md), so
/// one entity has a row in every day-shard that mentioned it: the <c>e_</c> rows of the date range
/// (or of the filtered ids) are folded into one row per entity (aliases and roles unioned, name and
/// country from the latest day) and written in id order. This is the one dataset held in memory: one
/// entry per distinct entity, never per row.
/// </summary>
internal sealed class EntitySource(ExportTables tables, ExportRequest request, IReadOnlyList<IReadOnlySet<string>> groups, ContinuationToken? resume)
{
    /// <summary>Partition key the continuation tokens of this dataset carry (the position is the entity key alone).</summary>
    public const string TokenPartition = "entities";

    private sealed class Folded(TableEntity first)
    {
        public TableEntity Row { get; } = first;

        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public List<string> Roles { get; } = [];
    }

    public async IAsyncEnumerable<SourceRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var partitions = QueryFilters.PartitionRange(request.From, request.To);
        var after = resume?.LastRowKey;
        IEnumerable<string> filters = groups.Count == 0
            ? [QueryFilters.And(partitions, after is null ? QueryFilters.RowKeyPrefix("e_") : TableClient.CreateQueryFilter($"RowKey gt {after} and RowKey lt {KeyRange.Prefix("e_").To}"))!]
            : groups.SelectMany(g => g).Distinct(StringComparer.Ordinal).Select(RowKeys.Entity)
                .Where(key => after is null || string.CompareOrdinal(key, after) > 0)
                .Select(key => QueryFilters.And(partitions, TableClient.CreateQueryFilter($"RowKey eq {key}"))!);
        var folded = new Dictionary<string, Folded>(StringComparer.Ordinal);
        foreach (var filter in filters)
        {
            await foreach (var row in TableScan.RowsAsync(tables.Entities, filter, cancellationToken: cancellationToken))
            {
                if (!row.IsPageEnd)
                {
                    Fold(folded, row.Entity!);
                }
            }
        }

        var count = 0;
        foreach (var (key, entity) in folded.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            entity.Row[DatasetSchema.EntityAliasProperty] = entity.Aliases.ToArray();
            entity.Row[DatasetSchema.EntityRolesProperty] = entity.Roles.ToArray();
            if (Matches(entity))
            {
                yield return new SourceRow(entity.Row, TokenPartition, key);
                if (++count % TableScan.PageSize == 0)
                {
                    yield return SourceRow.PageEnd;
                }
            }
        }
    }

    private static void Fold(Dictionary<string, Folded> folded, TableEntity row)
    {
        var key = row.RowKey;
        if (!folded.TryGetValue(key, out var entity))
        {
            folded[key] = entity = new Folded(row);
        }
        else
        {
            // Rows arrive in partition (day) order: the latest day's name and country win.
            foreach (var name in new[] { "Name", "CountryCode", "Type" })
            {
                if (row.GetString(name) is { } value)
                {
                    entity.Row[name] = value;
                }
            }
        }

        foreach (var alias in RowValues.List(row, "Aliases") ?? [])
        {
            entity.Aliases.Add(alias);
        }

        foreach (var role in RowValues.List(row, "Roles") ?? [])
        {
            if (!entity.Roles.Contains(role, StringComparer.Ordinal))
            {
                entity.Roles.Add(role);
            }
        }
    }

    private bool Matches(Folded entity) =>
        request.Query is not { } q ||
        (entity.Row.GetString("Name")?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false) ||
        entity.Aliases.Any(a => a.Contains(q, StringComparison.OrdinalIgnoreCase));
}
