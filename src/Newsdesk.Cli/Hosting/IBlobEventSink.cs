namespace Newsdesk.Cli.Hosting;

/// <summary>Where <see cref="LocalBlobEvents"/> delivers its BlobCreated events (an Event Grid webhook, here or elsewhere).</summary>
internal interface IBlobEventSink
{
    /// <summary>Delivers one batch of events (an Event Grid schema JSON array); throws when the webhook refuses it.</summary>
    Task DeliverAsync(byte[] events, int count, CancellationToken cancellationToken = default);
}
