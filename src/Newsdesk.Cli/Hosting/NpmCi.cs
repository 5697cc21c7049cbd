using System.Diagnostics;

namespace Newsdesk.Cli.Hosting;

/// <summary>Installs the project's pinned npm dev dependencies (Azurite) from package-lock.json.</summary>
internal static class NpmCi
{
    /// <summary>Runs <c>npm ci</c> in <paramref name="root"/>, its output on the console; throws a <see cref="CliException"/> with advice when it cannot.</summary>
    public static async Task RunAsync(string root, CancellationToken cancellationToken = default)
    {
        Process? npm;
        try
        {
            npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = root, UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new CliException($"`npm` was not found ({ex.Message}). Install Node.js 20 or later (it brings npm), or start Azurite yourself and pass --storage.");
        }

        using (npm)
        {
            await npm!.WaitForExitAsync(cancellationToken);
            if (npm.ExitCode != 0)
            {
                throw new CliException($"`npm ci` failed with exit code {npm.ExitCode} in {root}: see its output above (is the npm registry reachable?).");
            }
        }
    }
}
