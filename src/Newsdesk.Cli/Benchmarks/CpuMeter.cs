using System.Diagnostics;

namespace Newsdesk.Cli.Benchmarks;

/// <summary>CPU time of this process and (when known) Azurite's over a measured window, per article.</summary>
internal sealed class CpuMeter
{
    private readonly Func<TimeSpan>? _azurite;
    private readonly TimeSpan _ownStart;
    private readonly TimeSpan? _azuriteStart;

    private CpuMeter(Func<TimeSpan>? azurite)
    {
        _azurite = azurite;
        _ownStart = Process.GetCurrentProcess().TotalProcessorTime;
        _azuriteStart = azurite?.Invoke();
    }

    /// <summary>Starts the window now.</summary>
    public static CpuMeter Start(Func<TimeSpan>? azurite) => new(azurite);

    /// <summary>"own ms / Azurite ms" per article; with <paramref name="window"/>, also Azurite's busy share of it.</summary>
    public string PerArticle(int articles, TimeSpan? window = null, string notMeasured = "not measured")
    {
        var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownStart).TotalMilliseconds / articles;
        if (_azuriteStart is not { } start)
        {
            return $"{own:N1} ms / {notMeasured}";
        }

        var azurite = _azurite!() - start;
        return $"{own:N1} ms / {azurite.TotalMilliseconds / articles:N1} ms" + (window is { } w ? $" ({azurite / w:P0})" : "");
    }
}
