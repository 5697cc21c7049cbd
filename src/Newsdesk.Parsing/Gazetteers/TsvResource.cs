using System.Reflection;

namespace Newsdesk.Parsing.Gazetteers;

/// <summary>Reads the embedded TSV word lists: one record a line, tab-separated, '#' starts a comment line.</summary>
internal static class TsvResource
{
    /// <summary>The non-empty, non-comment rows of <c>Gazetteers/Data/{name}</c>, split on tabs.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        var resource = "Newsdesk.Gazetteers." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded word list '{resource}' is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t', StringSplitOptions.TrimEntries);
        }
    }

    /// <summary>The first column of every row.</summary>
    public static IEnumerable<string> Words(string name)
    {
        foreach (var row in Rows(name))
        {
            if (row[0].Length > 0)
            {
                yield return row[0];
            }
        }
    }

    /// <summary>The '|'-separated aliases of a column, or none.</summary>
    public static string[] Aliases(string[] row, int column) =>
        row.Length > column && row[column].Length > 0
            ? row[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
}
