using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>
/// A name lookup row <c>n_{slug}_{entityId}</c> of the Entities table: one per canonical name and per
/// alias, so <c>person=Putin</c> finds <c>person:vladimir-putin</c>. Upserts of distinct keys
/// commute, so concurrent writers never lose an alias.
/// </summary>
/// <param name="PartitionKey">Day-shard partition.</param>
/// <param name="RowKey">Row key.</param>
/// <param name="EntityId">Entity id.</param>
/// <param name="Type">person, organization or place.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Alias">The surface form this row is for (equals <paramref name="Name"/> for the canonical row).</param>
public sealed record EntityNameRow(string PartitionKey, string RowKey, string EntityId, string Type, string Name, string Alias)
{
    /// <summary>Maps a stored entity.</summary>
    public static EntityNameRow FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString(nameof(EntityId)) ?? "",
        entity.GetString(nameof(Type)) ?? "",
        entity.GetString(nameof(Name)) ?? "",
        entity.GetString(nameof(Alias)) ?? "");

    /// <summary>The entity to store.</summary>
    public TableEntity ToEntity() => new(PartitionKey, RowKey)
    {
        [nameof(EntityId)] = EntityId,
        [nameof(Type)] = Type,
        [nameof(Name)] = Name,
        [nameof(Alias)] = Alias,
    };
}
