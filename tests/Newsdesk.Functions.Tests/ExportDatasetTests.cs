using Microsoft.AspNetCore.Http;
using Newsdesk.Export;

namespace Newsdesk.Functions.Tests;

public sealed class ExportDatasetTests
{
    [Theory]
    [InlineData("no-such-dataset", "")]
    [InlineData("articles", "?format=xml")]
    public async Task RunAnswersExactlyAsTheSharedExportEndpointDoes(string dataset, string query)
    {
        var endpoint = new ExportEndpoint();
        var viaFunction = Context(query);
        var direct = Context(query);

        await new ExportDataset(endpoint).Run(viaFunction.Request, dataset, CancellationToken.None);
        await endpoint.HandleAsync(direct, dataset, CancellationToken.None);

        Assert.True(viaFunction.Response.StatusCode >= 400);
        Assert.Equal(direct.Response.StatusCode, viaFunction.Response.StatusCode);
        Assert.Equal(direct.Response.ContentType, viaFunction.Response.ContentType);
        Assert.Equal(Body(direct), Body(viaFunction));
    }

    private static DefaultHttpContext Context(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string Body(HttpContext context) => System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
}
