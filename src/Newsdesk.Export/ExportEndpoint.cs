using Microsoft.AspNetCore.Http;

namespace Newsdesk.Export;

/// <summary>
/// <c>GET /api/export/{dataset}</c>, shared by the Functions app and <c>newsdesk serve</c>:
/// validates the query, negotiates the format and streams the dataset into the response.
/// </summary>
public sealed class ExportEndpoint
{
    /// <summary>Handles one export request.</summary>
    public Task HandleAsync(HttpContext context, string dataset, CancellationToken cancellationToken = default)
    {
        // Placeholder until the export service lands: keeps both hosts compiling against the final signature.
        context.Response.StatusCode = StatusCodes.Status501NotImplemented;
        return Task.CompletedTask;
    }
}
