using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Newsdesk.Storage.Tests.Support;

/// <summary>Records, per round trip, the method, path and whether Azure.Core will buffer the response (runs after the per-call policies).</summary>
internal sealed class BufferingRecorder : HttpPipelineSynchronousPolicy
{
    public ConcurrentQueue<(string Method, string Path, bool Buffered)> Requests { get; } = new();

    public override void OnSendingRequest(HttpMessage message) =>
        Requests.Enqueue((message.Request.Method.Method, message.Request.Uri.Path, message.BufferResponse));
}
