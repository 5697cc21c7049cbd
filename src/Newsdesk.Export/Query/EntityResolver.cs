using Azure.Data.Tables;

namespace Newsdesk.Export.Query;

/// <summary>
/// Turns person/organization/place/entity filter values into entity ids: ids pass through, names and
/// aliases go through the <c>n_{normalized}_{entityId}</c> lookup rows of the Entities table.
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

                await foreach (var id in LookupAsync(type, value, cancellationToken))
                {
                    ids.Add(id);
                }
            }

            groups.Add(ids);
        }

        return groups;
    }

    /// <summary>The normalized form of a name in lookup row keys (same rule as the writer's).</summary>
    public static string NormalizeName(string name) => Slug.From(name);

    private async IAsyncEnumerable<string> LookupAsync(string type, string name, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = "n_" + KeySegment.Encode(NormalizeName(name)) + "_";
        var filter = QueryFilters.And(QueryFilters.PartitionIs(type), QueryFilters.RowKeyPrefix(prefix));
        await foreach (var row in entities.QueryAsync<TableEntity>(filter, 1000, null, cancellationToken))
        {
            yield return row.GetString("EntityId") ?? row.RowKey[prefix.Length..];
        }
    }
}
