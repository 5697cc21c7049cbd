using System.Net;
using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>The local host's HTTP routes over rows the blob trigger wrote.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalHostRouteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ExportArticlesAsNdjsonReturnsTheIngestedArticles()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite);
        var first = TestArticles.Create("Lighthouse restored", "https://news.example.org/lighthouse", ("Port Abrenta", 2));
        var second = TestArticles.Create("Cooperative elects board", "https://news.example.org/board", ("Kestrel Mining Cooperative", 2));
        var since = await newsdesk.UploadAsync("lighthouse.txt", first);
        await newsdesk.UploadAsync("board.txt", second);
        await newsdesk.WaitAsync(since, "lighthouse.txt", "board.txt");
        using var http = new HttpClient { BaseAddress = newsdesk.Host.BaseAddress };

        using var response = await http.GetAsync("api/export/articles?format=ndjson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var articles = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, articles.Count);
        var expectedIds = new[] { LocalHostIngestionTests.Parse(newsdesk, first, "lighthouse.txt").Id, LocalHostIngestionTests.Parse(newsdesk, second, "board.txt").Id };
        Assert.Equal(expectedIds.Order(StringComparer.Ordinal), articles.Select(a => a.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains(articles, a => a.GetProperty("title").GetString() == "Lighthouse restored");
    }

    [Fact]
    public async Task HealthAndOpenApiAnswerAndUnknownDatasetIsAProblem()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite);
        using var http = new HttpClient { BaseAddress = newsdesk.Host.BaseAddress };

        var health = JsonDocument.Parse(await http.GetStringAsync("api/health")).RootElement;
        var openApi = JsonDocument.Parse(await http.GetStringAsync("api/openapi.json")).RootElement;
        using var unknown = await http.GetAsync("api/export/nonsense");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(newsdesk.Host.Options.ArticlesContainer, health.GetProperty("container").GetString());
        Assert.True(openApi.TryGetProperty("openapi", out _));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
