using System.Net;
using System.Text;
using System.Text.Json;
using Newsdesk.Cli.Hosting;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>
/// <c>/runtime/webhooks/blobs</c> over HTTP, as Azure Event Grid calls the Functions host: the handshake, a BlobCreated
/// delivery in the Event Grid schema (written here by hand from the documented shape), and the refusals.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobWebhookTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ABlobCreatedDeliveryToTheWebhookIngestsTheBlob()
    {
        // No local events: only the delivery below can trigger the function.
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, configure: o => o with { RaiseLocalEvents = false });
        var since = await newsdesk.UploadAsync("tide report.txt", TestArticles.Create("Tide report", "https://news.example.org/tide", ("Port Abrenta", 2)));
        var blob = newsdesk.Container.GetBlobClient("tide report.txt");
        var etag = (await blob.GetPropertiesAsync()).Value.ETag.ToString().Trim('"');
        var delivery = $$"""
            [{
              "topic": "/subscriptions/1f0e6c1a-0000-4000-8000-000000000000/resourceGroups/news/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
              "subject": "/blobServices/default/containers/{{newsdesk.Name}}/blobs/tide report.txt",
              "eventType": "Microsoft.Storage.BlobCreated",
              "id": "4b7c2f86-1a2b-4c3d-9e8f-0a1b2c3d4e5f",
              "eventTime": "2026-11-27T10:00:00Z",
              "data": {
                "api": "PutBlob",
                "eTag": "{{etag}}",
                "contentType": "text/plain",
                "contentLength": 512,
                "blobType": "BlockBlob",
                "url": "{{blob.Uri.AbsoluteUri}}",
                "sequencer": "0000000000000000000000000000000100000000000000a1"
              },
              "dataVersion": "",
              "metadataVersion": "1"
            }]
            """;

        using var http = new HttpClient { BaseAddress = newsdesk.Host.BaseAddress };
        using var response = await http.SendAsync(Post("Host.Functions.IngestArticle", "Notification", delivery));
        var outcome = Assert.Single(await newsdesk.WaitAsync(since, "tide report.txt")).Outcome;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(IngestionStatus.Ingested, outcome.Status);
        Assert.Equal(1, newsdesk.Host.Monitor.CompletionsOf("tide report.txt"));
    }

    [Fact]
    public async Task TheSubscriptionHandshakeEchoesTheValidationCode()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, configure: o => o with { RaiseLocalEvents = false });
        using var http = new HttpClient { BaseAddress = newsdesk.Host.BaseAddress };
        const string Validation = """
            [{"id": "2d1781af-3a4c-4d7c-bd0c-e34b19da4e66", "topic": "/subscriptions/x", "subject": "",
              "data": {"validationCode": "512d38b6-c7b8-40c8-89fe-f46f9e9622b6"},
              "eventType": "Microsoft.EventGrid.SubscriptionValidationEvent", "eventTime": "2026-11-27T10:00:00Z",
              "metadataVersion": "1", "dataVersion": "1"}]
            """;

        using var response = await http.SendAsync(Post("Host.Functions.IngestArticle", "SubscriptionValidation", Validation));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("512d38b6-c7b8-40c8-89fe-f46f9e9622b6", body.RootElement.GetProperty("validationResponse").GetString());
    }

    [Fact]
    public async Task AnUnknownFunctionAndAPollingHostAnswer404Problems()
    {
        await using var eventGrid = await HostedNewsdesk.StartAsync(azurite, configure: o => o with { RaiseLocalEvents = false });
        await using var polling = await HostedNewsdesk.StartAsync(azurite, trigger: BlobTriggerMode.Polling, sweepInterval: TimeSpan.FromHours(1));
        using var toEventGrid = new HttpClient { BaseAddress = eventGrid.Host.BaseAddress };
        using var toPolling = new HttpClient { BaseAddress = polling.Host.BaseAddress };

        using var unknown = await toEventGrid.SendAsync(Post("Host.Functions.ResizeImage", "Notification", "[]"));
        using var wrongMode = await toPolling.SendAsync(Post("Host.Functions.IngestArticle", "Notification", "[]"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Host.Functions.IngestArticle", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrongMode.StatusCode);
        Assert.Contains("--trigger eventgrid", await wrongMode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IngestArticle")]
    [InlineData("Host.Functions.IngestArticle")]
    public void BothTheBareAndTheAzureFunctionNameResolveToTheHostsFunction(string functionName) =>
        Assert.Equal(EventGridTriggerJobs.FunctionId, BlobWebhook.ResolveFunction(functionName));

    private static HttpRequestMessage Post(string functionName, string eventType, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"runtime/webhooks/blobs?functionName={Uri.EscapeDataString(functionName)}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("aeg-event-type", eventType);
        return request;
    }
}
