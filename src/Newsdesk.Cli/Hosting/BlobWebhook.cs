using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Config;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// The blob extension's Event Grid webhook, <c>/runtime/webhooks/blobs?functionName=...</c>, as the Functions host
/// exposes it: subscription validation, then BlobCreated notifications, each put on the host's blob-trigger queue by
/// the WebJobs blob extension itself (its <see cref="IAsyncConverter{TInput,TOutput}"/> of HTTP messages).
/// </summary>
internal sealed class BlobWebhook(IEnumerable<IExtensionConfigProvider> extensions, LocalHostOptions options)
{
    /// <summary>The route, as in Azure.</summary>
    public const string Path = "/runtime/webhooks/blobs";

    private IAsyncConverter<HttpRequestMessage, HttpResponseMessage>? _extension;

    /// <summary>
    /// The WebJobs function id for a <c>functionName</c> query value, or null when it names no function here.
    /// Azure's Event Grid subscription says <c>Host.Functions.IngestArticle</c>; the bare name works too.
    /// </summary>
    public static string? ResolveFunction(string? functionName) => functionName switch
    {
        BlobIngestionHandler.FunctionName or "Host.Functions." + BlobIngestionHandler.FunctionName => EventGridTriggerJobs.FunctionId,
        _ when functionName == EventGridTriggerJobs.FunctionId => EventGridTriggerJobs.FunctionId,
        _ => null,
    };

    /// <summary>Hands one Event Grid delivery (or validation handshake) to the blob extension.</summary>
    public Task<HttpResponseMessage> SendAsync(string eventType, HttpContent content, CancellationToken cancellationToken = default)
    {
        // The extension reads the function id from the request's query string, as the Functions host forwards it.
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1{Path}?functionName={Uri.EscapeDataString(EventGridTriggerJobs.FunctionId)}")
        {
            Content = content,
        };
        request.Headers.Add("aeg-event-type", eventType);
        return Extension.ConvertAsync(request, cancellationToken);
    }

    /// <summary>The HTTP route: checks the function name and the trigger mode, then forwards to the extension.</summary>
    public async Task HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (options.Trigger != BlobTriggerMode.EventGrid)
        {
            await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No Event Grid blob trigger",
                detail: "This host runs the polling blob trigger (--trigger polling); restart with --trigger eventgrid to take Event Grid deliveries.")
                .ExecuteAsync(context);
            return;
        }

        if (ResolveFunction(context.Request.Query["functionName"]) is null)
        {
            await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown function",
                detail: $"functionName must be Host.Functions.{BlobIngestionHandler.FunctionName} (or {BlobIngestionHandler.FunctionName}).")
                .ExecuteAsync(context);
            return;
        }

        var eventType = context.Request.Headers["aeg-event-type"].ToString();
        using var content = new StreamContent(context.Request.Body);
        using var response = await SendAsync(eventType, content, cancellationToken);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            context.Response.ContentType = "application/json";
            await response.Content.CopyToAsync(context.Response.Body, cancellationToken);
        }
    }

    private IAsyncConverter<HttpRequestMessage, HttpResponseMessage> Extension =>
        _extension ??= extensions.OfType<IAsyncConverter<HttpRequestMessage, HttpResponseMessage>>().FirstOrDefault()
            ?? throw new InvalidOperationException("The WebJobs blob extension's webhook handler is not registered (AddAzureStorageBlobs).");
}
