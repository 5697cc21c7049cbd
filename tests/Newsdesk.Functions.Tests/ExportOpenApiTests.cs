using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Newsdesk.Functions.Tests;

public sealed class ExportOpenApiTests
{
    [Fact]
    public async Task ServesTheOpenApiDocumentOfTheExportRoute()
    {
        var context = new DefaultHttpContext();
        var body = new MemoryStream();
        context.Response.Body = body;

        await new ExportOpenApi().Run(context.Request, CancellationToken.None);

        using var document = JsonDocument.Parse(body.ToArray());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/export/{dataset}", out _));
        Assert.StartsWith("application/json", context.Response.ContentType);
    }
}
