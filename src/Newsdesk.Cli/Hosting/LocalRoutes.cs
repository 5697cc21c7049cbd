using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Export;
using Newsdesk.Export.OpenApi;
using Newsdesk.Parsing;

namespace Newsdesk.Cli.Hosting;

/// <summary>The HTTP routes of the local host: the same paths, and the same handler, as the Functions app's HTTP functions.</summary>
internal static class LocalRoutes
{
    /// <summary>Maps <c>/api/export/{dataset}</c>, <c>/api/openapi.json</c>, <c>/api/health</c> and the blob webhook <c>/runtime/webhooks/blobs</c>.</summary>
    public static void Map(WebApplication app, LocalHostOptions options)
    {
        app.MapGet("/api/export/{dataset}", (HttpContext context, string dataset, ExportEndpoint endpoint) =>
            endpoint.HandleAsync(context, dataset, context.RequestAborted));
        app.MapGet("/api/openapi.json", (HttpContext context) => OpenApiDocument.WriteAsync(context, context.RequestAborted));
        app.MapMethods(BlobWebhook.Path, ["POST"], (HttpContext context, BlobWebhook webhook) => webhook.HandleAsync(context, context.RequestAborted));
        app.MapGet("/api/health", () => Results.Json(new HealthReport("ok", ParserInfo.Version, options.ArticlesContainer)));
    }
}
