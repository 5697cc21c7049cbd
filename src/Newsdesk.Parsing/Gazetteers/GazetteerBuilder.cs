using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Gazetteers;

/// <summary>Mutable collections the <see cref="Gazetteer"/> freezes.</summary>
internal sealed class GazetteerBuilder
{
    public Dictionary<string, GazetteerEntry> Phrases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GazetteerEntry> PhrasesIgnoreCase { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> RolePrefixes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Demonyms { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OrgCuePosition> OrgCues { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, bool> ReportingVerbs { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PlaceCues { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PlaceLeads { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PlaceTitles { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads every data file.</summary>
    public static GazetteerBuilder Build()
    {
        var b = new GazetteerBuilder();
        foreach (var row in TsvResource.Rows("countries.tsv"))
        {
            b.AddEntry(new GazetteerEntry(EntityType.Place, row[1], row[0]), TsvResource.Aliases(row, 2));
        }

        foreach (var row in TsvResource.Rows("places.tsv"))
        {
            b.AddEntry(new GazetteerEntry(EntityType.Place, row[0]), TsvResource.Aliases(row, 2));
        }

        foreach (var row in TsvResource.Rows("regions.tsv"))
        {
            b.AddEntry(new GazetteerEntry(EntityType.Place, row[0]), TsvResource.Aliases(row, 1));
        }

        foreach (var row in TsvResource.Rows("organizations.tsv"))
        {
            b.AddEntry(new GazetteerEntry(EntityType.Organization, row[0]), TsvResource.Aliases(row, 1));
        }

        foreach (var role in TsvResource.Words("roles.tsv"))
        {
            var key = Gazetteer.Key(role);
            b.Roles.Add(key);
            AddPrefixes(key, b.RolePrefixes);
        }

        foreach (var word in TsvResource.Words("demonyms.tsv"))
        {
            b.Demonyms.Add(Gazetteer.Key(word));
            AddPrefixes(Gazetteer.Key(word), b.RolePrefixes);
        }

        foreach (var row in TsvResource.Rows("org-cues.tsv"))
        {
            b.OrgCues[row[0]] = (row.Length > 1 ? row[1] : "") switch
            {
                "head" => OrgCuePosition.Head,
                "prefix" => OrgCuePosition.Prefix,
                _ => OrgCuePosition.Head | OrgCuePosition.Lead,
            };
        }

        b.PlaceCues.UnionWith(TsvResource.Words("place-cues.tsv"));
        foreach (var row in TsvResource.Rows("name-cues.tsv"))
        {
            switch (row.Length > 1 ? row[1] : "")
            {
                case "org-head":
                    b.OrgCues[row[0]] = b.OrgCues.GetValueOrDefault(row[0]) | OrgCuePosition.Head;
                    break;
                case "org-both":
                    b.OrgCues[row[0]] = OrgCuePosition.Head | OrgCuePosition.Lead;
                    break;
                case "place-tail":
                    b.PlaceCues.Add(row[0]);
                    break;
                case "place-lead":
                    b.PlaceLeads.Add(row[0]);
                    break;
                case "place-title":
                    b.PlaceTitles.Add(row[0]);
                    break;
            }
        }

        foreach (var row in TsvResource.Rows("reporting-verbs.tsv"))
        {
            b.ReportingVerbs[row[0]] = row.Length > 1 && row[1] == "participle";
        }

        return b;
    }

    private void AddEntry(GazetteerEntry entry, string[] aliases)
    {
        Add(entry.Canonical, entry);
        foreach (var alias in aliases)
        {
            Add(alias, entry);
        }
    }

    private void Add(string surface, GazetteerEntry entry)
    {
        var key = Gazetteer.Key(surface);
        Phrases.TryAdd(key, entry);
        if (!IsAcronym(key))
        {
            PhrasesIgnoreCase.TryAdd(key, entry);
        }

        AddPrefixes(key, Prefixes);
    }

    private static void AddPrefixes(string key, HashSet<string> into)
    {
        for (var i = key.IndexOf(' '); i > 0; i = key.IndexOf(' ', i + 1))
        {
            into.Add(key[..i]);
        }
    }

    private static bool IsAcronym(string key)
    {
        foreach (var c in key)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
