namespace Newsdesk.Parsing.Gazetteers;

/// <summary>
/// Reads the tab-separated data files embedded from Gazetteers/Data (see the csproj's LogicalName):
/// one record per line, '#' starts a comment line, blank lines are skipped.
/// </summary>
internal static class EmbeddedTable
{
    /// <summary>The rows of <c>Gazetteers/Data/{fileName}</c>, each split on tabs and trimmed.</summary>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var name = "Newsdesk.Gazetteers." + fileName;
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from {typeof(EmbeddedTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var cells = trimmed.Split('\t');
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim();
            }

            rows.Add(cells);
        }

        return rows;
    }
}
