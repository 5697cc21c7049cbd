using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Entities;

/// <summary>An entity while the article is being resolved: its name, forms seen and mention positions.</summary>
internal sealed class EntityBuild(EntityType type, string canonical, string? countryCode)
{
    /// <summary>Person, organization or place.</summary>
    public EntityType Type { get; } = type;

    /// <summary>The fullest name so far.</summary>
    public string Canonical { get; set; } = canonical;

    /// <summary>ISO code for countries.</summary>
    public string? CountryCode { get; } = countryCode;

    /// <summary>Surface forms seen, in order.</summary>
    public List<string> Forms { get; } = [];

    /// <summary>Role titles seen before the name.</summary>
    public List<string> Roles { get; } = [];

    // Mentions arrive in position order per resolution pass (names, then single words), so each of
    // these stays sorted by appending; anything out of order (titles, merges) goes to _late.
    private readonly List<long> _named = [];
    private readonly List<long> _singles = [];
    private readonly List<long> _late = [];

    /// <summary>How many mentions the entity has.</summary>
    public int Count => _named.Count + _singles.Count + _late.Count;

    /// <summary>The earliest mention position (long.MaxValue when none).</summary>
    public long First => Math.Min(_named.Count > 0 ? _named[0] : long.MaxValue, Math.Min(_singles.Count > 0 ? _singles[0] : long.MaxValue, _late.Count > 0 ? _late.Min() : long.MaxValue));

    /// <summary>The word a short mention uses: the surname, or the family name for East Asian names.</summary>
    public string? ShortKey { get; set; }

    /// <summary>Words in the canonical name.</summary>
    public int Words { get; set; }

    /// <summary>Adds one mention.</summary>
    public void Add(Mention mention, int index)
    {
        mention.Entity = index;
        if (!Forms.Contains(mention.Surface))
        {
            Forms.Add(mention.Surface);
        }

        if (mention.Role is { } role && !Roles.Contains(role))
        {
            Roles.Add(role);
        }

        var list = mention.Kind == MentionKind.Single ? _singles : _named;
        (list.Count == 0 || list[^1] <= mention.Position ? list : _late).Add(mention.Position);
    }

    /// <summary>Forgets one mention (it moved to another entity).</summary>
    public void Remove(long position)
    {
        _ = _named.Remove(position) || _singles.Remove(position) || _late.Remove(position);
    }

    /// <summary>Forgets every mention (the entity was merged into another).</summary>
    public void Clear()
    {
        _named.Clear();
        _singles.Clear();
        _late.Clear();
    }

    /// <summary>The latest name or short-form mention before a position, or -1.</summary>
    public long LastBefore(long position) => Math.Max(LastBefore(_named, position), LastBefore(_singles, position));

    private static long LastBefore(List<long> sorted, long position)
    {
        var at = sorted.BinarySearch(position);
        var i = (at < 0 ? ~at : at) - 1;
        return i >= 0 ? sorted[i] : -1;
    }

    /// <summary>The public, immutable entity.</summary>
    public Entity ToEntity()
    {
        var aliases = new List<string>();
        foreach (var form in Forms)
        {
            if (!string.Equals(form, Canonical, StringComparison.Ordinal))
            {
                aliases.Add(form);
            }
        }

        return new Entity(Slug.Id(Type, Canonical), Type, Canonical, aliases, Count, Roles, CountryCode);
    }
}
