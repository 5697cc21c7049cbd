using System.Text.Json;
using Azure.Storage.Queues;

namespace Newsdesk.Storage.Ingestion;

/// <summary>
/// The <c>articles-poison</c> queue: one message per blob whose ingestion still failed after every
/// retry, so `newsdesk reprocess` or an operator can replay it. The Functions host keeps its own
/// <c>webjobs-blobtrigger-poison</c> queue for blob triggers that failed poisonBlobThreshold times;
/// this one also covers the CLI host and says why.
/// </summary>
public sealed class PoisonQueue(NewsdeskStorage storage)
{
    /// <summary>Enqueues the blob name and the reason (the queue is created if missing).</summary>
    public async Task SendAsync(string blobName, string reason, CancellationToken cancellationToken = default)
    {
        var queue = storage.PoisonQueue;
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var message = JsonSerializer.Serialize(new PoisonMessage(blobName, reason, DateTimeOffset.UtcNow), PoisonMessageContext.Default.PoisonMessage);
        await queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a message body written by <see cref="SendAsync"/>.</summary>
    public static PoisonMessage? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, PoisonMessageContext.Default.PoisonMessage);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
