using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Newsdesk.Export.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ExportEndpointTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("/api/export/widgets", null, 404, "dataset")]
    [InlineData("/api/export/articles?from=2024-02-30", null, 400, "from")]
    [InlineData("/api/export/articles?limit=-1", null, 400, "limit")]
    [InlineData("/api/export/articles?continuation=abc", null, 400, "continuation")]
    [InlineData("/api/export/articles?sort=title", null, 400, "sort")]
    [InlineData("/api/export/articles?format=xml", null, 406, "format")]
    [InlineData("/api/export/articles", "application/xml", 406, "Accept")]
    public async Task BadRequestsGetProblemDetails(string path, string? accept, int status, string parameter)
    {
        await using var server = await ExportTestServer.StartAsync(await ExportHarness.CreateAsync(azurite));
        using var message = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            message.Headers.Accept.ParseAdd(accept);
        }

        using var response = await server.Client.SendAsync(message);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task ResponsesNameTheFileFromTheRangeAndNegotiateTheType()
    {
        await using var server = await ExportTestServer.StartAsync(await ExportHarness.CreateAsync(azurite));
        using var csv = new HttpRequestMessage(HttpMethod.Get, "/api/export/mentions?from=2024-06-19&to=2024-06-20");
        csv.Headers.Accept.ParseAdd("text/csv");
        using var response = await server.Client.SendAsync(csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("newsdesk-mentions-20240619.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var all = await server.Client.GetAsync("/api/export/entities");
        Assert.Equal("application/x-ndjson", all.Content.Headers.ContentType?.MediaType);
        Assert.Equal("newsdesk-entities.ndjson", all.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task GzipIsUsedWhenAcceptedAndDecompressesToTheSameRows()
    {
        await using var server = await ExportTestServer.StartAsync(await ExportHarness.CreateAsync(azurite));
        var plain = await server.Client.GetStringAsync("/api/export/mentions");
        using var message = new HttpRequestMessage(HttpMethod.Get, "/api/export/mentions");
        message.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await server.Client.SendAsync(message);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        Assert.Equal(plain, await new StreamReader(gzip).ReadToEndAsync());
        Assert.NotEmpty(plain);
    }

    [Fact]
    public async Task LimitedPagesLinkToTheNextPage()
    {
        await using var server = await ExportTestServer.StartAsync(await ExportHarness.CreateAsync(azurite));
        var everything = ExportHarness.ParseNdjson(await server.Client.GetStringAsync("/api/export/authors?format=ndjson")).Select(r => r.GetRawText()).ToList();
        var collected = new List<string>();
        var next = "/api/export/authors?format=ndjson&limit=2";
        while (next is not null)
        {
            using var response = await server.Client.GetAsync(next);
            response.EnsureSuccessStatusCode();
            collected.AddRange(ExportHarness.ParseNdjson(await response.Content.ReadAsStringAsync()).Select(r => r.GetRawText()));
            next = null;
            if (response.Headers.TryGetValues("Link", out var links))
            {
                var link = links.Single();
                Assert.EndsWith("; rel=\"next\"", link);
                next = link[1..link.IndexOf('>')];
                Assert.Contains(Uri.EscapeDataString(response.Headers.GetValues("X-Continuation-Token").Single()), next);
            }
        }

        Assert.Equal(everything, collected);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheRoute()
    {
        await using var server = await ExportTestServer.StartAsync(await ExportHarness.CreateAsync(azurite));
        var document = JsonDocument.Parse(await server.Client.GetStringAsync("/api/openapi.json")).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var parameters = document.GetProperty("paths").GetProperty("/api/export/{dataset}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Equal(ExportRequestParser.Parameters.Where(p => p != "code").Prepend("dataset").Order(), parameters.Order());
    }
}
