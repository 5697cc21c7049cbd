namespace Newsdesk.Infra.Tests;

/// <summary>The storage account: security settings, containers, tables and queues.</summary>
[Collection(InfraCollection.Name)]
public sealed class StorageTemplateTests(InfraFixture infra)
{
    private ArmResource Account => infra.MainResources.Single(r => r.Type == "Microsoft.Storage/storageAccounts");

    [Fact]
    public void StorageAccount_RejectsSharedKeyAndAnonymousAccess_AndRequiresTls12OverHttps()
    {
        Assert.Equal("StorageV2", Account.Json.GetProperty("kind").GetString());
        Assert.False(Account.Property("allowSharedKeyAccess").GetBoolean());
        Assert.False(Account.Property("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", Account.Property("minimumTlsVersion").GetString());
        Assert.True(Account.Property("supportsHttpsTrafficOnly").GetBoolean());
        Assert.True(Account.Property("defaultToOAuthAuthentication").GetBoolean());
    }

    [Fact]
    public void StorageAccountName_IsAValidGloballyUniqueName()
    {
        Assert.Matches("^[a-z0-9]{3,24}$", Account.Name);
    }

    [Fact]
    public void BlobContainers_ForUploadsOverflowDeploymentAndDeadLetters_HaveNoPublicAccess()
    {
        var containers = infra.MainResources.Where(r => r.Type == "Microsoft.Storage/storageAccounts/blobServices/containers").ToArray();

        Assert.Equal(
            new[] { "app-package", "article-json", "articles", "eventgrid-deadletter" },
            containers.Select(c => c.Name.Split('/')[^1]).Order());
        Assert.All(containers, c => Assert.Equal("None", c.Property("publicAccess").GetString()));
        Assert.All(containers, c => Assert.StartsWith($"{Account.Name}/default/", c.Name));
    }

    [Fact]
    public void Tables_OfTheTableModel_AreCreatedWithTheProductionPrefix()
    {
        var tables = infra.MainResources.Where(r => r.Type == "Microsoft.Storage/storageAccounts/tableServices/tables")
            .Select(t => t.Name.Split('/')[^1]).Order();

        Assert.Equal(new[] { "Articles", "Entities", "IngestionLog" }, tables);
    }

    [Fact]
    public void PoisonQueue_IsCreated()
    {
        var queue = Assert.Single(infra.MainResources, r => r.Type == "Microsoft.Storage/storageAccounts/queueServices/queues");
        Assert.Equal($"{Account.Name}/default/articles-poison", queue.Name);
    }

    [Fact]
    public void DeletedOrOverwrittenBlobs_StayRecoverable()
    {
        var blobService = Assert.Single(infra.MainResources, r => r.Type == "Microsoft.Storage/storageAccounts/blobServices");

        Assert.True(blobService.Property("deleteRetentionPolicy", "enabled").GetBoolean());
        Assert.InRange(blobService.Property("deleteRetentionPolicy", "days").GetInt32(), 1, 365);
    }

    [Fact]
    public async Task TablePrefix_IsPrependedToEveryTableName_AndGivenToTheApp()
    {
        var resources = await infra.SnapshotMainAsync("param tablePrefix = 'staging'");

        var tables = resources.Where(r => r.Type == "Microsoft.Storage/storageAccounts/tableServices/tables")
            .Select(t => t.Name.Split('/')[^1]).Order();
        Assert.Equal(new[] { "stagingArticles", "stagingEntities", "stagingIngestionLog" }, tables);
        var settings = resources.Single(r => r.Type == "Microsoft.Web/sites/config");
        Assert.Equal("staging", settings.Property("Newsdesk__TablePrefix").GetString());
    }
}
