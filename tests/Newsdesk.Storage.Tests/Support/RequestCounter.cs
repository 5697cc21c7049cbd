using Azure.Core;
using Azure.Core.Pipeline;

namespace Newsdesk.Storage.Tests.Support;

/// <summary>Counts the HTTP requests a client sends (per retry: every round trip).</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
