using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The catalogue row <c>e_{entityId}</c> of the Entities table (one per entity per day-shard; written with merge).</summary>
/// <param name="PartitionKey">Day-shard partition of the article that mentioned it.</param>
/// <param name="EntityId">Entity id.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">person, organization or place.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 for countries.</param>
/// <param name="Roles">Role titles (last writer's list; concurrent writers may replace each other's).</param>
/// <param name="Aliases">Other surface forms (last writer's list; the n_ rows keep every one).</param>
public sealed record EntityRow(string PartitionKey, string EntityId, string Name, string Type, string? CountryCode, IReadOnlyList<string> Roles, IReadOnlyList<string> Aliases)
{
    /// <summary>Maps a stored entity.</summary>
    public static EntityRow FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.GetString(nameof(EntityId)) ?? "",
        entity.GetString(nameof(Name)) ?? "",
        entity.GetString(nameof(Type)) ?? "",
        entity.GetString(nameof(CountryCode)),
        StorageJson.ReadList(entity.GetString(nameof(Roles))),
        StorageJson.ReadList(entity.GetString(nameof(Aliases))));

    /// <summary>The entity to store.</summary>
    public TableEntity ToEntity() => new TableEntity(PartitionKey, RowKeys.Entity(EntityId))
    {
        [nameof(EntityId)] = EntityId,
        [nameof(Name)] = Name,
        [nameof(Type)] = Type,
        [nameof(CountryCode)] = CountryCode,
        [nameof(Roles)] = StorageJson.WriteList(Roles),
        [nameof(Aliases)] = StorageJson.WriteList(Aliases),
    }.WithoutNulls();
}
