using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Newsdesk.Cli.Hosting;

/// <summary>
/// Starts Azurite from the project's own node_modules (installing it with <c>npm ci</c> on first use) on
/// 127.0.0.1:10000-10002, persisting under a data folder, and stops it again (gracefully first, so its
/// on-disk metadata is saved).
/// </summary>
internal sealed partial class AzuriteLauncher : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private AzuriteLauncher(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>
    /// Starts Azurite unless all three default ports already answer; returns null when it was already running.
    /// <paramref name="inMemory"/> keeps its data in memory only (<c>--inMemoryPersistence</c>), for throwaway runs.
    /// </summary>
    public static async Task<AzuriteLauncher?> StartIfNeededAsync(string dataDirectory, TextWriter progress, CancellationToken cancellationToken = default, bool inMemory = false)
    {
        var listening = new List<int>();
        foreach (var port in StorageEndpoints.AzuriteDefaultPorts)
        {
            if (await PortProbe.IsLoopbackListeningAsync(port, cancellationToken))
            {
                listening.Add(port);
            }
        }

        if (listening.Count == StorageEndpoints.AzuriteDefaultPorts.Length)
        {
            await progress.WriteLineAsync("Azurite (or another storage emulator) already listens on 127.0.0.1:10000-10002: using it.");
            return null;
        }

        if (listening.Count > 0)
        {
            throw new CliException($"Port(s) {string.Join(", ", listening)} on 127.0.0.1 are taken by something that is not a whole Azurite (blob 10000, queue 10001, table 10002 must all be free or all be Azurite). Stop it, or pass --storage with another emulator's connection string.");
        }

        var root = ProjectRoot.Find() ?? throw new CliException("Azurite is started from the Newsdesk checkout's node_modules, but no checkout (Functions.sln + package.json) was found above the current folder. Run from the checkout, start Azurite yourself, or pass --storage.");
        var azurite = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            await progress.WriteLineAsync($"Azurite is not installed yet: running `npm ci` in {root} (first run only, takes a minute)...");
            await NpmCi.RunAsync(root, cancellationToken);
        }

        var data = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(data);
        // In its own session (setsid), so the terminal's Ctrl+C reaches only us: the host stops first, then Azurite.
        var setsid = OperatingSystem.IsLinux() ? new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists) : null;
        var start = new ProcessStartInfo(setsid ?? azurite) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (setsid is not null)
        {
            start.ArgumentList.Add(azurite);
        }

        foreach (var arg in new[]
        {
            // --silent: no access-log line per request (Azurite formatting it and this process reading it cost CPU on every call).
            "--skipApiVersionCheck", "--loose", "--silent",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
        })
        {
            start.ArgumentList.Add(arg);
        }

        if (inMemory)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(data);
        }

        var launcher = new AzuriteLauncher(Process.Start(start) ?? throw new CliException($"Could not start {azurite}."));
        try
        {
            await launcher.WaitUntilListeningAsync(cancellationToken);
        }
        catch
        {
            await launcher.DisposeAsync();
            throw;
        }

        await progress.WriteLineAsync(inMemory ? "Started Azurite on 127.0.0.1:10000-10002 (data in memory)." : $"Started Azurite on 127.0.0.1:10000-10002 (data in {data}).");
        return launcher;
    }

    /// <summary>CPU time the Azurite process (Node, all threads) has used so far; the ingestion benchmark reports it.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets Azurite flush its metadata to --location; SIGKILL only as the fallback.
            if (!OperatingSystem.IsWindows())
            {
                _ = SendSignal(_process.Id, SigTerm);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in StorageEndpoints.AzuriteDefaultPorts)
        {
            while (!await PortProbe.IsLoopbackListeningAsync(port, cancellationToken))
            {
                if (_process.HasExited)
                {
                    throw new CliException($"Azurite exited with code {_process.ExitCode} before listening on 127.0.0.1:{port}:{Environment.NewLine}{string.Join(Environment.NewLine, Snapshot())}");
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new CliException($"Azurite did not listen on 127.0.0.1:{port} within 60 s.");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 20)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private string[] Snapshot()
    {
        lock (_lastLines)
        {
            return [.. _lastLines];
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
