namespace Newsdesk.Infra.Tests;

/// <summary>The system topic (main.bicep) and the BlobCreated subscription (eventgrid.bicep).</summary>
[Collection(InfraCollection.Name)]
public sealed class EventGridTemplateTests(InfraFixture infra)
{
    private ArmResource Subscription => infra.EventGridResources.Single(r => r.Type == "Microsoft.EventGrid/systemTopics/eventSubscriptions");

    [Fact]
    public void SystemTopic_PublishesTheStorageAccountsEvents()
    {
        var topic = Assert.Single(infra.MainResources, r => r.Type == "Microsoft.EventGrid/systemTopics");
        var storage = infra.MainResources.Single(r => r.Type == "Microsoft.Storage/storageAccounts");

        Assert.Equal(storage.Json.GetProperty("id").GetString(), topic.Property("source").GetString());
        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Property("topicType").GetString());
        Assert.Equal("SystemAssigned", topic.Json.GetProperty("identity").GetProperty("type").GetString());
    }

    [Fact]
    public void Subscription_IsOnTheSystemTopicFromMain()
    {
        Assert.Equal("newsdesk-evgt-test/ingest-ingestarticle", Subscription.Name);
    }

    [Fact]
    public void Subscription_DeliversOnlyBlobCreated_InTheArticlesContainer()
    {
        var filter = Subscription.Property("filter");

        Assert.Equal(new[] { "Microsoft.Storage.BlobCreated" }, filter.GetProperty("includedEventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("/blobServices/default/containers/articles/blobs/", filter.GetProperty("subjectBeginsWith").GetString());
    }

    [Fact]
    public void Subscription_DeliversOneEventPerUpload_ByFilteringOnTheStorageApi()
    {
        var advanced = Assert.Single(Subscription.Property("filter", "advancedFilters").EnumerateArray());

        Assert.Equal("StringIn", advanced.GetProperty("operatorType").GetString());
        Assert.Equal("data.api", advanced.GetProperty("key").GetString());
        Assert.Equal(
            new[] { "CopyBlob", "FlushWithClose", "PutBlob", "PutBlockList" },
            advanced.GetProperty("values").EnumerateArray().Select(v => v.GetString()).Order());
    }

    [Fact]
    public void Subscription_CallsTheBlobExtensionWebhookOfIngestArticle_WithTheKeyReadFromTheHost()
    {
        var destination = Subscription.Property("destination");
        var url = destination.GetProperty("properties").GetProperty("endpointUrl").GetString()!;
        var site = $"/subscriptions/{InfraFixture.SubscriptionId}/resourceGroups/{InfraFixture.ResourceGroup}/providers/Microsoft.Web/sites/newsdesk-func-test";

        Assert.Equal("WebHook", destination.GetProperty("endpointType").GetString());
        Assert.StartsWith("[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}'", url);
        Assert.Contains($"reference('{site}', '2024-11-01').defaultHostName", url);
        Assert.Contains("'IngestArticle'", url);
        Assert.Contains($"listKeys('{site}/host/default', '2024-11-01').systemKeys.blobs_extension", url);
    }

    [Fact]
    public void WebhookUrl_ReachesTheSubscriptionModule_AsASecureParameter()
    {
        var module = Assert.Single(ArmResource.AllIn(infra.EventGridTemplate), r => r.Type == "Microsoft.Resources/deployments").Json;
        var parameter = module.GetProperty("properties").GetProperty("template").GetProperty("parameters").GetProperty("webhookEndpointUrl");

        Assert.Equal("securestring", parameter.GetProperty("type").GetString());
        Assert.Contains(
            "listKeys(resourceId('Microsoft.Web/sites/host', parameters('functionAppName'), 'default'), '2024-11-01').systemKeys.blobs_extension",
            infra.EventGridTemplateText);
    }

    [Fact]
    public void UndeliverableEvents_AreDeadLetteredToStorage_WithTheTopicsIdentity()
    {
        var deadLetter = Subscription.Property("deadLetterWithResourceIdentity");

        Assert.Equal("SystemAssigned", deadLetter.GetProperty("identity").GetProperty("type").GetString());
        var destination = deadLetter.GetProperty("deadLetterDestination");
        Assert.Equal("StorageBlob", destination.GetProperty("endpointType").GetString());
        Assert.EndsWith("/providers/Microsoft.Storage/storageAccounts/newsdesktest", destination.GetProperty("properties").GetProperty("resourceId").GetString());
        Assert.Equal("eventgrid-deadletter", destination.GetProperty("properties").GetProperty("blobContainerName").GetString());
        Assert.Equal(30, Subscription.Property("retryPolicy", "maxDeliveryAttempts").GetInt32());
    }
}
