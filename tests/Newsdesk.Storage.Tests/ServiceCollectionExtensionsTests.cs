using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Parsing;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AConnectionStringSettingRegistersWorkingClientsOptionsAndServices()
    {
        var prefix = AzuriteFixture.UniqueName("di");
        await using var provider = Build(new()
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Newsdesk:TablePrefix"] = prefix,
            ["Newsdesk:ArticlesContainer"] = prefix + "-articles",
            ["Newsdesk:ArticleJsonContainer"] = prefix + "-json",
            ["Newsdesk:PoisonQueue"] = prefix + "-poison",
            ["Newsdesk:Ingestion:MaxRetryAttempts"] = "7",
        });

        await provider.EnsureNewsdeskStorageCreatedAsync();

        Assert.Same(ArticleParser.Default, provider.GetRequiredService<ArticleParser>());
        Assert.Equal(7, provider.GetRequiredService<IngestionOptions>().MaxRetryAttempts);
        Assert.Same(provider.GetRequiredService<IngestionService>(), provider.GetRequiredService<IIngestionService>());
        Assert.NotNull(provider.GetRequiredService<ReprocessService>());
        var tables = await provider.GetRequiredService<TableServiceClient>()
            .QueryAsync(TableClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}")).ToListAsync();
        Assert.Equal([prefix + "Articles", prefix + "Entities", prefix + "IngestionLog"], tables.Select(t => t.Name).Order());
        Assert.True((await provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(prefix + "-articles").ExistsAsync()).Value);
        Assert.True((await provider.GetRequiredService<QueueServiceClient>().GetQueueClient(prefix + "-poison").ExistsAsync()).Value);
    }

    [Fact]
    public async Task IdentityBasedSettingsGiveServiceUriClientsWithAManagedIdentity()
    {
        await using var provider = Build(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://acct.blob.core.windows.net",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://acct.queue.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://acct.table.core.windows.net",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), provider.GetRequiredService<BlobServiceClient>().Uri);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), provider.GetRequiredService<QueueServiceClient>().Uri);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), provider.GetRequiredService<TableServiceClient>().Uri);
        Assert.IsType<ManagedIdentityCredential>(StorageConnection.CreateCredential("managedidentity", "abc"));
        Assert.IsType<DefaultAzureCredential>(StorageConnection.CreateCredential(null, null));
    }

    [Fact]
    public void AnAccountNameAloneGivesTheDefaultEndpoints()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage:accountName"] = "acct" }).Build();

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Equal(new Uri("https://acct.table.core.windows.net"), connection.TableServiceUri);
    }

    [Fact]
    public void NoStorageSettingFailsWithTheSettingsToAdd()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build([]));

        Assert.Contains("UseDevelopmentStorage=true", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddNewsdeskStorage(configuration);
        return services.BuildServiceProvider();
    }
}
