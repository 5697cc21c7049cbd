using System.Diagnostics;
using System.Reflection;

namespace Newsdesk.Infra.Tests;

/// <summary>Runs the Bicep CLI that the test project downloads from NuGet (or BICEP, when set).</summary>
public static class BicepCli
{
    /// <summary>The result of one CLI run.</summary>
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>Diagnostic lines (warnings and errors) the CLI printed.</summary>
        public IReadOnlyList<string> Diagnostics =>
            StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.Contains(" : Warning ", StringComparison.Ordinal) || line.Contains(" : Error ", StringComparison.Ordinal))
                .ToArray();
    }

    private static readonly Lazy<string> Executable = new(Locate);

    /// <summary>Runs <c>bicep</c> with the arguments and waits for it (two minutes at most).</summary>
    public static async Task<Result> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The parameter files read these with readEnvironmentVariable(); the tests want the fallbacks.
        foreach (var name in new[] { "AZURE_ENV_NAME", "AZURE_LOCATION", "AZURE_PRINCIPAL_ID", "AZURE_PRINCIPAL_TYPE" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Bicep CLI.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        var path = Environment.GetEnvironmentVariable("BICEP");
        if (string.IsNullOrEmpty(path))
        {
            path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "BicepPath").Value;
        }

        if (path is null || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Bicep CLI not found at '{path}': restore tests/Newsdesk.Infra.Tests (PackageDownload Azure.Bicep.CommandLine.linux-x64) or set BICEP.");
        }

        // NuGet does not always keep the execute bit of files it extracts.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}
