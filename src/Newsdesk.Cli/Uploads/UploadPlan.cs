namespace Newsdesk.Cli.Uploads;

/// <summary>What an upload will do: the files to send, and the arguments and files it refuses, with why.</summary>
/// <param name="Files">Files to upload, in a stable order, each blob name once.</param>
/// <param name="Skipped">One message per file refused (over the size limit).</param>
/// <param name="Missing">One message per argument that names no file or folder.</param>
/// <param name="Goldens">Golden test files (<c>*.expected.json</c>) and READMEs found in folders and left out: they describe articles, they are not articles.</param>
internal sealed record UploadPlan(IReadOnlyList<UploadItem> Files, IReadOnlyList<string> Skipped, IReadOnlyList<string> Missing, int Goldens = 0)
{
    /// <summary>The suffix of golden files next to sample articles (samples/, test fixtures).</summary>
    public const string GoldenSuffix = ".expected.json";

    /// <summary>Total bytes to upload.</summary>
    public long TotalBytes => Files.Sum(f => f.Length);

    /// <summary>Golden files and a folder's README describe the articles next to them; they are not articles.</summary>
    public static bool IsNotAnArticle(string file) =>
        file.EndsWith(GoldenSuffix, StringComparison.OrdinalIgnoreCase)
        || System.IO.Path.GetFileName(file).StartsWith("README", StringComparison.OrdinalIgnoreCase);

    /// <summary>Expands file and folder arguments (folders recursively; hidden and golden files left out) and applies the size limit.</summary>
    public static UploadPlan Create(IEnumerable<string> paths, long maxBytes)
    {
        var files = new Dictionary<string, UploadItem>(StringComparer.Ordinal);
        var skipped = new List<string>();
        var missing = new List<string>();
        var goldens = 0;
        foreach (var path in paths)
        {
            IEnumerable<(string File, string Name)> found;
            if (File.Exists(path))
            {
                found = [(path, System.IO.Path.GetFileName(path))];
            }
            else if (Directory.Exists(path))
            {
                var all = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !System.IO.Path.GetRelativePath(path, f).Split(System.IO.Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                    .ToList();
                goldens += all.RemoveAll(IsNotAnArticle);
                found = all
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, System.IO.Path.GetRelativePath(path, f).Replace(System.IO.Path.DirectorySeparatorChar, '/')));
            }
            else
            {
                missing.Add($"{path}: not found: no such file or folder.");
                continue;
            }

            foreach (var (file, name) in found)
            {
                var length = new FileInfo(file).Length;
                if (length > maxBytes)
                {
                    skipped.Add($"{file}: skipped: {length:N0} bytes, over the {maxBytes:N0}-byte upload limit (--max-bytes).");
                    continue;
                }

                // A later argument with the same blob name wins, as a second upload would.
                files[name] = new UploadItem(System.IO.Path.GetFullPath(file), name, length);
            }
        }

        return new UploadPlan([.. files.Values.OrderBy(f => f.BlobName, StringComparer.Ordinal)], skipped, missing, goldens);
    }
}
