using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Cli.Hosting;

/// <summary>Checks whether something accepts TCP connections on a port, without sending anything.</summary>
internal static class PortProbe
{
    /// <summary>True when a connection to the host and port succeeds within the timeout.</summary>
    public static async Task<bool> IsListeningAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await client.ConnectAsync(host, port, timeoutSource.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>True when 127.0.0.1 accepts connections on the port.</summary>
    public static Task<bool> IsLoopbackListeningAsync(int port, CancellationToken cancellationToken = default) =>
        IsListeningAsync(IPAddress.Loopback.ToString(), port, TimeSpan.FromSeconds(1), cancellationToken);

    /// <summary>A port nothing listens on right now (the OS picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
