using System.Net;

namespace Newsdesk.Storage.Tests.Support;

/// <summary>A fake transport: answers the first <c>failures</c> requests with 503 Server Busy, then forwards to Azurite.</summary>
internal sealed class FailFirstHandler(int failures) : DelegatingHandler(new HttpClientHandler())
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _calls) <= failures
            ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request, Content = new StringContent("") })
            : base.SendAsync(request, cancellationToken);
}
