namespace Newsdesk.Cli.Hosting;

/// <summary>Finds the Newsdesk checkout (the folder with Functions.sln and package.json), where Azurite is installed.</summary>
internal static class ProjectRoot
{
    /// <summary>The checkout above the current folder or above the binaries; null outside a checkout.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
