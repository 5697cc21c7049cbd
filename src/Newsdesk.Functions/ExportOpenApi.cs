using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Newsdesk.Export.OpenApi;

namespace Newsdesk.Functions;

/// <summary><c>GET /api/openapi.json</c>: the OpenAPI 3 document of the export route (no secrets in it, so anonymous).</summary>
public sealed class ExportOpenApi
{
    /// <summary>Writes the document <c>newsdesk serve</c> also serves.</summary>
    [Function(nameof(ExportOpenApi))]
    public Task Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest req,
        CancellationToken cancellationToken) =>
        OpenApiDocument.WriteAsync(req.HttpContext, cancellationToken);
}
