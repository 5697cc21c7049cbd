using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Newsdesk.Parsing;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Storage;

/// <summary>Registers the storage clients and the Newsdesk storage services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds TableServiceClient, BlobServiceClient and QueueServiceClient (Microsoft.Extensions.Azure,
    /// from the <c>AzureWebJobsStorage</c> setting; table queries stream their pages, see
    /// <see cref="StreamedQueryResponsePolicy"/>), the options (sections <c>Newsdesk</c> and
    /// <c>Newsdesk:Ingestion</c>), <see cref="ArticleParser.Default"/> and the ingestion, log, status
    /// and reprocess services.
    /// </summary>
    public static IServiceCollection AddNewsdeskStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = StorageConnection.FromConfiguration(configuration);
        services.AddAzureClients(builder =>
        {
            if (connection.ConnectionString is { } cs)
            {
                builder.AddTableServiceClient(cs).ConfigureOptions(o => StreamedQueryResponsePolicy.AddTo(o));
                builder.AddBlobServiceClient(cs);
                builder.AddQueueServiceClient(cs).ConfigureOptions(o => o.MessageEncoding = QueueMessageEncoding.Base64);
            }
            else
            {
                builder.AddTableServiceClient(connection.TableServiceUri!).ConfigureOptions(o => StreamedQueryResponsePolicy.AddTo(o));
                builder.AddBlobServiceClient(connection.BlobServiceUri!);
                builder.AddQueueServiceClient(connection.QueueServiceUri!).ConfigureOptions(o => o.MessageEncoding = QueueMessageEncoding.Base64);
                builder.UseCredential(connection.Credential!);
            }
        });

        services.TryAddSingleton(configuration.GetSection(NewsdeskStorageOptions.SectionName).Get<NewsdeskStorageOptions>() ?? new NewsdeskStorageOptions());
        services.TryAddSingleton(configuration.GetSection(IngestionOptions.SectionName).Get<IngestionOptions>() ?? new IngestionOptions());
        services.TryAddSingleton(ArticleParser.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new NewsdeskStorage(
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<QueueServiceClient>(),
            sp.GetRequiredService<NewsdeskStorageOptions>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<NewsdeskStorage>().Tables);
        services.TryAddSingleton<ArticleJsonStore>();
        services.TryAddSingleton<PoisonQueue>();
        services.TryAddSingleton<IngestionService>();
        services.TryAddSingleton<IIngestionService>(sp => sp.GetRequiredService<IngestionService>());
        services.TryAddSingleton<IngestionLogReader>();
        services.TryAddSingleton<StorageStatusService>();
        services.TryAddSingleton<ReprocessService>();
        return services;
    }

    /// <summary>Creates the containers, tables and poison queue of the registered storage.</summary>
    public static Task EnsureNewsdeskStorageCreatedAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<NewsdeskStorage>().EnsureCreatedAsync(cancellationToken);
}
