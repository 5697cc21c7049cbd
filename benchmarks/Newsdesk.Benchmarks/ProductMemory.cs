using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Benchmarks;

/// <summary>
/// Peak working set of the product's own export processes, each fresh (cold: the measured export is the process's
/// first): the <c>newsdesk serve</c> host answering <c>GET /api/export/mentions</c> (the local stand-in for the
/// Functions worker running <c>ExportDataset</c>), and a one-shot <c>newsdesk export mentions</c>. Read from the
/// kernel's high-water mark of the process's resident set (<c>VmHWM</c> in <c>/proc/PID/status</c>, which is what
/// .NET reports as <c>PeakWorkingSet64</c> on Linux). Complements <see cref="ExportMemory"/>'s stripped-down child,
/// which holds the export service alone and so has the smallest base.
/// </summary>
internal static class ProductMemory
{
    /// <summary>The CLI the script builds next to the benchmarks.</summary>
    private static string Cli => RepositoryRoot.Combine("artifacts", "bin", "Newsdesk.Cli", "release", "newsdesk.dll");

    /// <summary>
    /// The runtime settings the Functions app is deployed with (infra/modules/functionapp.bicep; the Infra tests keep
    /// local.settings.sample.json equal to it): the <c>DOTNET_*</c> values of local.settings.sample.json.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DeployedRuntimeSettings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject()
            .Where(p => p.Name.StartsWith("DOTNET_", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }

    /// <summary>
    /// Median peak working set (bytes) of <paramref name="runs"/> fresh <c>serve</c> hosts, each answering
    /// <paramref name="warmUps"/> 10,000-row exports first (0: cold), then the measured one.
    /// </summary>
    public static async Task<long> ServeMedianAsync(string connection, string prefix, string format, int warmUps = 0, int runs = 3, IReadOnlyDictionary<string, string>? environment = null)
    {
        var peaks = new List<long>();
        for (var run = 0; run < runs; run++)
        {
            peaks.Add(await ServeOnceAsync(connection, prefix, format, warmUps, environment));
        }

        return peaks.Order().ElementAt(runs / 2);
    }

    /// <summary>Median peak working set (bytes) of <paramref name="runs"/> one-shot <c>newsdesk export</c> processes.</summary>
    public static async Task<long> CliMedianAsync(string connection, string prefix, string format, int runs = 3, IReadOnlyDictionary<string, string>? environment = null)
    {
        var peaks = new List<long>();
        for (var run = 0; run < runs; run++)
        {
            peaks.Add(await CliOnceAsync(connection, prefix, format, environment));
        }

        return peaks.Order().ElementAt(runs / 2);
    }

    private static async Task<long> ServeOnceAsync(string connection, string prefix, string format, int warmUps, IReadOnlyDictionary<string, string>? environment)
    {
        var port = FreePort();
        var (serve, serveErrors) = Start(environment, "serve", "--storage", connection, "--port", port.ToString(CultureInfo.InvariantCulture), "--no-azurite",
            "--table-prefix", prefix, "--container", "memprobe" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
            await WaitUntilHealthyAsync(http, serve, serveErrors);
            // A host reads one table prefix, so the warm-ups are the measured table's first 10,000 rows (`limit`):
            // the same route, query and writer as a 10,000-row export.
            for (var i = 0; i < warmUps; i++)
            {
                await ExportAsync(http, $"api/export/mentions?format={format}&limit=10000");
            }

            await ExportAsync(http, $"api/export/mentions?format={format}");
            return PeakResident(serve.Id) ?? throw new InvalidOperationException("serve exited before its peak could be read.");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
            serve.Dispose();
        }
    }

    private static async Task ExportAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        await body.CopyToAsync(Stream.Null);
    }

    private static async Task<long> CliOnceAsync(string connection, string prefix, string format, IReadOnlyDictionary<string, string>? environment)
    {
        var (export, exportErrors) = Start(environment, "export", "mentions", "--storage", connection, "--table-prefix", prefix, "--format", format, "--output", Path.Combine(Path.GetTempPath(), $"newsdesk-memprobe.{format}"));
        using (export)
        {
            // The high-water mark only rises; the last reading before the process exits is its peak (to within one poll).
            long peak = 0;
            while (!export.HasExited)
            {
                peak = Math.Max(peak, PeakResident(export.Id) ?? 0);
                await Task.Delay(20);
            }

            if (export.ExitCode != 0)
            {
                throw new InvalidOperationException($"newsdesk export exited with {export.ExitCode}: {await exportErrors}");
            }

            return peak;
        }
    }

    /// <summary>Starts the CLI; returns the process and its standard error, read to the end in the background.</summary>
    private static (Process Process, Task<string> Errors) Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(File.Exists(Cli) ? Cli : throw new FileNotFoundException("Build the CLI first: dotnet build -c Release src/Newsdesk.Cli", Cli));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        // Drain both pipes so that a chatty child (the progress bar) never blocks on a full pipe; errors keep their text.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        return (process, process.StandardError.ReadToEndAsync());
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http, Process serve, Task<string> errors)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (serve.HasExited)
            {
                throw new InvalidOperationException($"serve exited with {serve.ExitCode}: {await errors}");
            }

            try
            {
                using var health = await http.GetAsync("api/health");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("serve did not answer /api/health within 90 s.");
    }

    /// <summary><c>VmHWM</c> of a running process, in bytes; null once it has exited.</summary>
    private static long? PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

}
