namespace Newsdesk.Cli.Hosting;

/// <summary>
/// Delivers over HTTP to a blob-trigger webhook, as Azure Event Grid does, e.g. to a Functions host started with
/// <c>func start</c>: <c>http://localhost:7071/runtime/webhooks/blobs?functionName=Host.Functions.IngestArticle</c>.
/// </summary>
internal sealed class HttpWebhookSink(HttpClient http, Uri webhook) : IBlobEventSink
{
    /// <inheritdoc />
    public async Task DeliverAsync(byte[] events, int count, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = BlobCreatedEvents.Content(events) };
        request.Headers.Add("aeg-event-type", "Notification");
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{webhook.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} to {count} events: {body[..Math.Min(body.Length, 300)]}");
        }
    }
}
