using Azure.Data.Tables;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export.Query;

/// <summary>
/// Turns person/organization/place/entity filter values into entity ids: ids pass through, names and
/// aliases go through the <c>n_{slug}_{entityId}</c> lookup rows of the Entities table within the
/// request's day-shard range (keeping rows of the filter's type).
/// </summary>
internal sealed class EntityResolver(TableClient entities)
{
    /// <summary>One id set per non-empty entity filter, in a fixed order (entity, person, organization, place).</summary>
    public async Task<IReadOnlyList<IReadOnlySet<string>>> ResolveAsync(ExportRequest request, CancellationToken cancellationToken = default)
    {
        var groups = new List<IReadOnlySet<string>>();
        if (request.EntityIds.Count > 0)
        {
            groups.Add(new HashSet<string>(request.EntityIds, StringComparer.Ordinal));
        }

        foreach (var (type, values) in new[] { ("person", request.People), ("organization", request.Organizations), ("place", request.Places) })
        {
            if (values.Count == 0)
            {
                continue;
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                if (value.StartsWith(type + ":", StringComparison.Ordinal))
                {
                    ids.Add(value);
                    continue;
                }

                var filter = QueryFilters.And(
                    QueryFilters.PartitionRange(request.From, request.To),
                    QueryFilters.RowKeyPrefix(RowKeys.EntityNamePrefix(value)),
                    TableClient.CreateQueryFilter($"Type eq {type}"));
                await foreach (var row in TableScan.RowsAsync(entities, filter, ["EntityId"], cancellationToken))
                {
                    if (!row.IsPageEnd && row.Entity!.GetString("EntityId") is { } id)
                    {
                        ids.Add(id);
                    }
                }
            }

            groups.Add(ids);
        }

        return groups;
    }
}
