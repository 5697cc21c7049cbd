using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Export.Tests.Support;

/// <summary>
/// A loopback TCP proxy in front of the table endpoint that, once armed, resets the connection in the
/// middle of the next response larger than <c>bytes</c>: a dropped connection mid-page, as the HTTP
/// client really sees it (the request and the response headers went through).
/// </summary>
public sealed class DroppingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _host;
    private readonly int _port;
    private readonly Task _accepting;
    private long _dropAfter;
    private int _drops;

    /// <summary>Starts a proxy to <paramref name="target"/> (host and port used).</summary>
    public DroppingProxy(Uri target)
    {
        _host = target.Host;
        _port = target.Port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The loopback port to connect to.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections were reset.</summary>
    public int Drops => Volatile.Read(ref _drops);

    /// <summary>Resets the connection once, after <paramref name="bytes"/> of one response have been forwarded.</summary>
    public void DropOnce(long bytes) => Interlocked.Exchange(ref _dropAfter, bytes);

    /// <summary><paramref name="connectionString"/> with its table endpoint pointed at this proxy.</summary>
    public string Route(string connectionString, Uri tableEndpoint) =>
        connectionString.Replace($"TableEndpoint={tableEndpoint.GetLeftPart(UriPartial.Authority)}", $"TableEndpoint=http://127.0.0.1:{Port}", StringComparison.Ordinal);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            await upstream.ConnectAsync(_host, _port, _stop.Token);
            long response = 0;
            var requests = PumpAsync(client.GetStream(), upstream.GetStream(), _ => Interlocked.Exchange(ref response, 0) >= 0);
            var responses = PumpAsync(upstream.GetStream(), client.GetStream(), read =>
            {
                var sent = Interlocked.Add(ref response, read);
                var limit = Interlocked.Read(ref _dropAfter);
                if (limit <= 0 || sent < limit || Interlocked.CompareExchange(ref _dropAfter, 0, limit) != limit)
                {
                    return true;
                }

                // RST rather than FIN: the client sees a reset connection, not a clean end of stream.
                Interlocked.Increment(ref _drops);
                client.Client.LingerState = new LingerOption(true, 0);
                return false;
            });
            await Task.WhenAny(requests, responses);
        }
    }

    /// <summary>Copies until either side closes or <paramref name="forward"/> says stop (the chunk is then not forwarded).</summary>
    private async Task PumpAsync(Stream from, Stream to, Func<int, bool> forward)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0 && forward(read))
            {
                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The other side went away: this connection is over.
        }
    }
}
