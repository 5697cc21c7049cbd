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

    /// <summary>Sorted positions of the mentions.</summary>
    public List<long> Positions { get; } = [];

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

        var at = Positions.BinarySearch(mention.Position);
        Positions.Insert(at < 0 ? ~at : at, mention.Position);
    }

    /// <summary>The latest mention before a position, or -1.</summary>
    public long LastBefore(long position)
    {
        var at = Positions.BinarySearch(position);
        var i = (at < 0 ? ~at : at) - 1;
        return i >= 0 ? Positions[i] : -1;
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

        return new Entity(Slug.Id(Type, Canonical), Type, Canonical, aliases, Positions.Count, Roles, CountryCode);
    }
}
