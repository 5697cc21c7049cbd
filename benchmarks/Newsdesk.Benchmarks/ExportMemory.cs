using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.AspNetCore.WebUtilities;
using Newsdesk.Export;
using Newsdesk.Storage;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Benchmarks;

/// <summary>
/// The memory half of <c>export-load</c>: each measurement is a fresh child process exporting one
/// table to <see cref="Stream.Null"/>, reporting its peak working set, the peak managed heap sampled
/// per page and the heap retained after a full GC (median of 3 children each). Cold: the measured export is the process's first.
/// Warm: the child first exports the 10,000-row table (once, or ten times), then runs the measured
/// export, as a long-running host (the Functions worker, <c>newsdesk serve</c>) would. The peak
/// working set is the process's, so the warm-up's own peak counts for both sizes alike.
/// </summary>
/// <remarks>
/// Why ten: tiered JIT recompiles a method after enough calls (tier 0, instrumented, tier 1); code that
/// runs once per 1,000-row page is called ~11 times in a 10,000-row export, so one warm-up leaves that
/// one-off recompilation (and its memory) to the measured export of 100,000 rows.
/// </remarks>
internal static class ExportMemory
{
    /// <summary>What one child reported, in bytes.</summary>
    public readonly record struct Sample(long WorkingSet, long Heap, long Retained);

    /// <summary>A table client with the product's options (<c>AddNewsdeskStorage</c> registers the same policy).</summary>
    public static TableServiceClient Client(string connection) =>
        new(connection, StreamedQueryResponsePolicy.AddTo(new TableClientOptions()));

    /// <summary>Median of <paramref name="runs"/> children, each number on its own (one child is noisy by a few MiB on a shared VM).</summary>
    public static async Task<Sample> MedianAsync(string connection, string prefix, string format, string warmUpPrefix, int warmUps, int runs = 3)
    {
        var samples = new List<Sample>();
        for (var run = 0; run < runs; run++)
        {
            samples.Add(await InChildAsync(connection, prefix, format, warmUpPrefix, warmUps));
        }

        long Median(Func<Sample, long> value) => samples.Select(value).Order().ElementAt(runs / 2);
        return new Sample(Median(s => s.WorkingSet), Median(s => s.Heap), Median(s => s.Retained));
    }

    /// <summary>Runs one child: <paramref name="warmUps"/> exports of <paramref name="warmUpPrefix"/>'s table (0: cold), then the measured one.</summary>
    public static async Task<Sample> InChildAsync(string connection, string prefix, string format, string warmUpPrefix, int warmUps)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(ExportMemory).Assembly.Location, "export-load", "memory", connection, prefix, format, warmUpPrefix, warmUps.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) != "dotnet")
        {
            start.ArgumentList.RemoveAt(0);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var numbers = output.Trim().Split('\n')[^1].Split(' ').Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        return new Sample(numbers[0], numbers[1], numbers[2]);
    }

    /// <summary>The child: the warm-up exports, then the measured one; prints the three numbers.</summary>
    public static async Task<int> ChildAsync(string connection, string prefix, string format, string warmUpPrefix, int warmUps)
    {
        var tables = Client(connection);
        var request = ExportRequestParser.Parse("mentions", QueryHelpers.ParseQuery("format=" + format), null).Request!;
        for (var i = 0; i < warmUps; i++)
        {
            await new ExportService(tables, new NewsdeskStorageOptions { TablePrefix = warmUpPrefix }).ExportAsync(request, Stream.Null);
        }

        var heap = new PeakHeap();
        await new ExportService(tables, new NewsdeskStorageOptions { TablePrefix = prefix }).ExportAsync(request, Stream.Null, heap);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Join(' ', new[] { self.PeakWorkingSet64, heap.Peak, heap.Retained }.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        return 0;
    }

    /// <summary>"a vs b MiB (+x%)".</summary>
    public static string Compare(long small, long large) =>
        $"{small / 1048576.0:F1} MiB vs {large / 1048576.0:F1} MiB ({(large - small) / (double)small:+0.0%;-0.0%})";

    /// <summary>Samples the managed heap at every flushed page (the service reports progress there).</summary>
    private sealed class PeakHeap : IProgress<long>
    {
        private int _reports;

        public long Peak { get; private set; }

        /// <summary>Largest heap left after a full collection, sampled every 10th page: what the export actually holds.</summary>
        public long Retained { get; private set; }

        public void Report(long value)
        {
            Peak = Math.Max(Peak, GC.GetTotalMemory(false));
            if (++_reports % 10 == 0)
            {
                Retained = Math.Max(Retained, GC.GetTotalMemory(forceFullCollection: true));
            }
        }
    }
}
