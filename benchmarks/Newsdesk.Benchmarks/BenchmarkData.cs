namespace Newsdesk.Benchmarks;

/// <summary>Inputs of the parser benchmarks: an embedded seed-sized article and a generated large page.</summary>
public static class BenchmarkData
{
    /// <summary>A ~940-word Markdown article in the seed layout with about twenty quotes (our own text).</summary>
    public static byte[] SeedSizedMarkdown()
    {
        using var stream = typeof(BenchmarkData).Assembly.GetManifestResourceStream("Newsdesk.Benchmarks.Data.mekong-dams.md")
            ?? throw new InvalidOperationException("The embedded benchmark article is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
