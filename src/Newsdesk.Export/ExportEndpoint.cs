using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Export.Formats;
using Newsdesk.Export.Http;

namespace Newsdesk.Export;

/// <summary>
/// <c>GET /api/export/{dataset}</c>, shared by the Functions app and <c>newsdesk serve</c>:
/// validates the query, negotiates the format and streams the dataset into the response.
/// </summary>
public sealed class ExportEndpoint
{
    /// <summary>Handles one export request.</summary>
    public async Task HandleAsync(HttpContext context, string dataset, CancellationToken cancellationToken = default)
    {
        var parsed = ExportRequestParser.Parse(dataset, context.Request.Query, context.Request.Headers.Accept.ToString());
        if (parsed.Request is not { } request)
        {
            await ProblemWriter.WriteAsync(context.Response, parsed.Problem!, cancellationToken);
            return;
        }

        var service = context.RequestServices.GetRequiredService<ExportService>();
        var logger = context.RequestServices.GetService<ILogger<ExportEndpoint>>() ?? (ILogger)NullLogger.Instance;
        var response = context.Response;
        response.ContentType = FormatInfo.ContentType(request.Format);
        response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFileName.For(request)}\"";
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = "Accept, Accept-Encoding";
        // Parquet is compressed column by column already; gzip on top buys little.
        var gzip = request.Format != ExportFormat.Parquet && AcceptEncoding.AllowsGzip(context.Request.Headers.AcceptEncoding.ToString());
        if (gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            if (request.Limit is null)
            {
                await ExportToAsync(service, request, response.Body, gzip, cancellationToken);
                return;
            }

            // The next page's token goes in the headers, which leave before the body: a limited page is
            // gathered first (at most `limit` rows; FileBufferingWriteStream spills to disk past 32 KiB).
            await using var buffer = new FileBufferingWriteStream();
            var result = await ExportToAsync(service, request, buffer, gzip, cancellationToken);
            if (result.Continuation is { } next)
            {
                response.Headers["X-Continuation-Token"] = next;
                response.Headers.Link = $"<{NextLink(context.Request, next)}>; rel=\"next\"";
            }

            await buffer.DrainBufferAsync(response.Body, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !response.HasStarted)
        {
            ExportLog.Failed(logger, ex, dataset);
            response.Headers.Remove("Content-Disposition");
            response.Headers.Remove("Content-Encoding");
            await ProblemWriter.WriteAsync(response, new ExportProblem("urn:newsdesk:problem:export-failed", "Export failed", 500,
                "The export could not read the tables; try again, and check the storage account if it keeps failing."), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ExportLog.FailedMidStream(logger, ex, dataset);
            context.Abort();
        }
    }

    private static async Task<ExportResult> ExportToAsync(ExportService service, ExportRequest request, Stream body, bool gzip, CancellationToken cancellationToken)
    {
        if (!gzip)
        {
            return await service.ExportAsync(request, body, cancellationToken: cancellationToken);
        }

        // Each page flush is a zlib sync flush, so compressed bytes leave per page too.
        await using var compressed = new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true);
        return await service.ExportAsync(request, compressed, cancellationToken: cancellationToken);
    }

    private static string NextLink(HttpRequest request, string token)
    {
        var query = new QueryBuilder();
        foreach (var (name, values) in request.Query)
        {
            if (!string.Equals(name, "continuation", StringComparison.OrdinalIgnoreCase) && !string.Equals(name, "code", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in values)
                {
                    query.Add(name, value ?? "");
                }
            }
        }

        query.Add("continuation", token);
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
