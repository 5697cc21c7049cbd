using Azure.Data.Tables;

namespace Newsdesk.Storage.Tables;

/// <summary>The Newsdesk tables (<c>Articles</c>, <c>Entities</c>, <c>IngestionLog</c>) under the configured prefix.</summary>
public sealed class NewsdeskTables
{
    /// <summary>Unprefixed table names.</summary>
    public const string ArticlesName = "Articles", EntitiesName = "Entities", IngestionLogName = "IngestionLog";

    /// <summary>Binds the tables of <paramref name="service"/> under <paramref name="options"/>' prefix.</summary>
    public NewsdeskTables(TableServiceClient service, NewsdeskStorageOptions options)
    {
        Service = service;
        Prefix = options.TablePrefix;
        Articles = service.GetTableClient(Name(options, ArticlesName));
        Entities = service.GetTableClient(Name(options, EntitiesName));
        IngestionLog = service.GetTableClient(Name(options, IngestionLogName));
    }

    /// <summary>The table service.</summary>
    public TableServiceClient Service { get; }

    /// <summary>The table name prefix.</summary>
    public string Prefix { get; }

    /// <summary>Articles and their author, image, quote, mention and facet rows, by day-shard.</summary>
    public TableClient Articles { get; }

    /// <summary>The entity catalogue and name lookup rows, by day-shard.</summary>
    public TableClient Entities { get; }

    /// <summary>One row per ingested blob, failures, and article locators.</summary>
    public TableClient IngestionLog { get; }

    /// <summary>All three tables.</summary>
    public IReadOnlyList<TableClient> All => [Articles, Entities, IngestionLog];

    /// <summary>The full name of <paramref name="table"/> under the prefix of <paramref name="options"/>.</summary>
    public static string Name(NewsdeskStorageOptions options, string table) => options.TablePrefix + table;

    /// <summary>Creates the tables that do not exist yet.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
