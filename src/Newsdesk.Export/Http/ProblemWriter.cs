using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Newsdesk.Export.Http;

/// <summary>Writes an <see cref="ExportProblem"/> as <c>application/problem+json</c> (RFC 9457).</summary>
internal static class ProblemWriter
{
    public static async Task WriteAsync(HttpResponse response, ExportProblem problem, CancellationToken cancellationToken = default)
    {
        response.StatusCode = problem.Status;
        response.ContentType = ExportProblem.ContentType;
        response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(response.Body, problem, ExportJsonContext.Default.ExportProblem, cancellationToken);
    }
}
