using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>The state of one unit's scan: its text, tokens and where mentions go.</summary>
internal readonly struct SpanScan(TextUnit unit, int unitIndex, List<Mention> mentions)
{
    /// <summary>The unit's text.</summary>
    public string Text => unit.Text;

    /// <summary>The unit's tokens.</summary>
    public Token[] Tokens => unit.Tokens;

    /// <summary>The index of the unit being scanned.</summary>
    public int UnitIndex => unitIndex;

    /// <summary>How many mentions the scan has added so far (all units).</summary>
    public int Count => mentions.Count;

    /// <summary>The mention added last, if any.</summary>
    public Mention? Last => mentions.Count > 0 ? mentions[^1] : null;

    /// <summary>The mention text of tokens [s, e): from the first token to the core of the last.</summary>
    public string Surface(int s, int e)
    {
        var first = Tokens[s];
        var last = Tokens[e - 1];
        return Text.Substring(first.Start, last.Start + last.CoreLength - first.Start);
    }

    /// <summary>Adds a mention of tokens [s, e).</summary>
    public Mention Add(int s, int e, EntityType type, MentionKind kind, string? surface = null, GazetteerEntry? entry = null,
        string? role = null, bool strong = false, bool familyFirst = false)
    {
        var mention = new Mention
        {
            Unit = unitIndex,
            Start = s,
            End = e,
            Type = entry?.Type ?? type,
            Kind = kind,
            Surface = surface ?? Surface(s, e),
            Canonical = entry?.Canonical,
            CountryCode = entry?.CountryCode,
            Role = role,
            Strong = strong,
            FamilyNameFirst = familyFirst,
            Position = ((long)unit.Order << 24) | (uint)s,
        };
        mentions.Add(mention);
        return mention;
    }
}
