namespace Newsdesk.Testing;

/// <summary>Finds the repository root (the folder with Functions.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    /// <summary>The root folder; throws when the tests run outside a checkout.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}: run the tests from a Newsdesk checkout.");
    }

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Find(), .. parts]);
}
