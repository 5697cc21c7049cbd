namespace Newsdesk.Cli.Commands;

/// <summary>Expands file and folder arguments into files, in a stable order.</summary>
internal static class InputFiles
{
    /// <summary>One input: a file path, or the error for an argument that names nothing.</summary>
    internal readonly record struct Item(string? Path, string? Error);

    /// <summary>Files of the arguments; folders are walked recursively, hidden files skipped.</summary>
    public static IEnumerable<Item> Expand(IEnumerable<string> paths, TextWriter errors)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new Item(path, null);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return new Item(file, null);
                }
            }
            else
            {
                yield return new Item(null, $"{path}: not found: no such file or folder.");
            }
        }
    }
}
