using System.Collections.Frozen;
using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Extraction;

/// <summary>The built-in table of well-known outlets and agencies (Gazetteers/Data/outlets.tsv): domain ↔ display name.</summary>
internal static class OutletCatalog
{
    private static readonly FrozenDictionary<string, string> NameByDomain;
    private static readonly FrozenDictionary<string, Outlet> ByName;

    static OutletCatalog()
    {
        var byDomain = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in EmbeddedTable.Rows("outlets.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            byDomain.TryAdd(row[0], row[1]);
            var outlet = new Outlet(DomainNames.Registrable(row[0]) ?? row[0], row[1]);
            byName.TryAdd(row[1], outlet);
            if (row.Length > 2)
            {
                foreach (var alias in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    byName.TryAdd(alias, outlet);
                }
            }
        }

        NameByDomain = byDomain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        ByName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The outlet name for a host ("edition.cnn.com") or registrable domain, most specific first.</summary>
    public static string? NameFor(string? host, string? domain) =>
        host is not null && NameByDomain.TryGetValue(host, out var byHost) ? byHost :
        domain is not null && NameByDomain.TryGetValue(domain, out var byDomain) ? byDomain : null;

    /// <summary>The outlet a name or alias denotes ("Associated Press" → apnews.com, AP).</summary>
    public static Outlet? ByNameOrAlias(string? name) =>
        name is not null && ByName.TryGetValue(name.Trim(), out var outlet) ? outlet : null;
}
