namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>Finds the repository's samples/ folder and its sample/expectation pairs.</summary>
public static class SampleFiles
{
    private const string ExpectedSuffix = ".expected.json";

    /// <summary>The samples/ folder of the checkout the tests run from (found by walking up to Functions.sln).</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>Names of the samples that have an expectation file, e.g. <c>md-afp-syr-darya.md</c>.</summary>
    public static IEnumerable<string> WithExpectations() =>
        Directory.EnumerateFiles(Folder, "*" + ExpectedSuffix)
            .Select(expected => SampleFor(expected) ?? throw new InvalidOperationException($"{expected} has no sample next to it."))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    /// <summary>Every article file of the folder (not expectations, not the README), top level only.</summary>
    public static IEnumerable<string> Articles() =>
        Directory.EnumerateFiles(Folder)
            .Where(f => !f.EndsWith(ExpectedSuffix, StringComparison.Ordinal))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    /// <summary>The full path of a sample.</summary>
    public static string PathOf(string sampleName) => Path.Combine(Folder, sampleName);

    /// <summary>The full path of the expectation file of a sample.</summary>
    public static string ExpectationOf(string sampleName) =>
        Path.Combine(Folder, Path.GetFileNameWithoutExtension(sampleName) + ExpectedSuffix);

    private static string? SampleFor(string expectedPath)
    {
        var stem = Path.GetFileName(expectedPath)[..^ExpectedSuffix.Length];
        return Directory.EnumerateFiles(Folder, stem + ".*")
            .FirstOrDefault(f => !f.EndsWith(ExpectedSuffix, StringComparison.Ordinal) && Path.GetFileNameWithoutExtension(f) == stem);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new InvalidOperationException($"No Functions.sln with a samples/ folder above {AppContext.BaseDirectory}: run the tests from a Newsdesk checkout.");
    }
}
