using System.Net.Sockets;
using Azure;

namespace Newsdesk.Cli.Commands;

/// <summary>Runs a command body, turning the errors a user can act on into one line on standard error and an exit code.</summary>
internal static class CommandRunner
{
    /// <summary>Exit code of a command stopped with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>Runs the body: <see cref="CliException"/>, timeouts and storage failures exit with 1, Ctrl+C with 130.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body, TextWriter errors, CancellationToken cancellationToken = default)
    {
        try
        {
            return await body();
        }
        catch (CliException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (TimeoutException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await errors.WriteLineAsync("Cancelled.");
            return Cancelled;
        }
        catch (RequestFailedException ex) when (ex.Status == 0 || ex.InnerException is HttpRequestException or SocketException)
        {
            await errors.WriteLineAsync($"error: cannot reach storage: {ex.Message.Split('\n')[0].Trim()}. {StorageGuard.Advice}");
            return 1;
        }
        catch (RequestFailedException ex)
        {
            await errors.WriteLineAsync($"error: storage refused the request ({ex.Status} {ex.ErrorCode}): {ex.Message.Split('\n')[0].Trim()}");
            return 1;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException or HttpRequestException))
        {
            await errors.WriteLineAsync($"error: cannot reach storage: {ex.InnerExceptions[0].Message.Split('\n')[0].Trim()}. {StorageGuard.Advice}");
            return 1;
        }
    }
}
