using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Export;
using Newsdesk.Storage;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class FunctionsWiringTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheAppsRegistrationsBuildBothFunctionsAndIngestARealBlob()
    {
        var prefix = AzuriteFixture.UniqueName("fn");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Newsdesk:TablePrefix"] = prefix,
            ["Newsdesk:ArticlesContainer"] = prefix,
            ["Newsdesk:PoisonQueue"] = prefix + "-poison",
            ["Newsdesk:ArticleJsonContainer"] = prefix + "-json",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddNewsdeskStorage(configuration).AddNewsdeskExport();
        services.AddTransient<IngestArticle>().AddTransient<ExportDataset>();
        services.AddSingleton<StorageInitializer>();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageInitializer>().StartAsync(CancellationToken.None);
        var storage = provider.GetRequiredService<NewsdeskStorage>();
        var blob = storage.ArticlesContainer.GetBlobClient("hello.txt");
        await blob.UploadAsync(BinaryData.FromString("Harbour opens late\n\nThe new terminal opens in spring, the authority said."));

        await provider.GetRequiredService<IngestArticle>().Run(blob, "hello.txt", CancellationToken.None);

        Assert.NotNull(provider.GetRequiredService<ExportDataset>());
        Assert.True((await storage.PoisonQueue.ExistsAsync()).Value);
        var log = await provider.GetRequiredService<IngestionLogReader>().GetAsync("hello.txt");
        Assert.Equal("ingested", log!.Status);
        Assert.Single(log.ArticleIds);
    }
}
