using System.Net;

namespace Newsdesk.Cli.Hosting;

/// <summary>Delivers to this host's own blob webhook, in process (the route <c>serve</c> also answers over HTTP).</summary>
internal sealed class InProcessWebhookSink(BlobWebhook webhook) : IBlobEventSink
{
    /// <inheritdoc />
    public async Task DeliverAsync(byte[] events, int count, CancellationToken cancellationToken = default)
    {
        using var response = await webhook.SendAsync("Notification", BlobCreatedEvents.Content(events), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The blob webhook answered {(int)response.StatusCode} to {count} events.");
        }
    }
}
