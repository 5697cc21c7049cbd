using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Export;
using Newsdesk.Parsing;

namespace Newsdesk.Cli.Hosting;

/// <summary>The HTTP routes of the local host, the same paths as the Functions app's HTTP functions.</summary>
internal static class LocalRoutes
{
    /// <summary>Maps <c>/api/health</c> and <c>/api/export/{dataset}</c>.</summary>
    public static void Map(WebApplication app, LocalHostOptions options)
    {
        app.MapGet("/api/health", () => Results.Json(new { status = "ok", parserVersion = ParserInfo.Version, container = options.ArticlesContainer }));
        app.MapGet("/api/export/{dataset}", (HttpContext context, string dataset) =>
            new ExportEndpoint().HandleAsync(context, dataset, context.RequestAborted));
    }
}
