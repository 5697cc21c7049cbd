using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Units whose type is known in advance: credits and bylines (organizations only), affiliations (one organization), datelines (one place).</summary>
internal sealed class FixedUnitFinder(Gazetteer gaz)
{
    /// <summary>Adds the mentions of a credit, affiliation or dateline unit.</summary>
    public void Find(TextUnit unit, int unitIndex, List<Mention> into)
    {
        var scan = new SpanScan(unit, unitIndex, into);
        var tokens = unit.Tokens;
        switch (unit.Kind)
        {
            case UnitKind.Credit when WholeCreditIsOrganization(unit):
                scan.Add(0, tokens.Length, EntityType.Organization, MentionKind.Named);
                break;
            case UnitKind.Credit:
                for (var i = 0; i < tokens.Length; i++)
                {
                    var end = LongestMatch(unit, i, out var entry);
                    if (entry is { Type: EntityType.Organization })
                    {
                        scan.Add(i, end, entry.Type, MentionKind.Gazetteer, entry: entry);
                        i = end - 1;
                    }
                    else if (entry is null && AgencyAfterSlash(unit, i) is var agencyEnd && agencyEnd > i)
                    {
                        scan.Add(i, agencyEnd, EntityType.Organization, MentionKind.Named);
                        i = agencyEnd - 1;
                    }
                }

                break;
            case UnitKind.Affiliation or UnitKind.Dateline when tokens.Length > 0:
                var type = unit.Kind == UnitKind.Dateline ? EntityType.Place : EntityType.Organization;
                var last = LastNameToken(unit);
                if (last <= 0)
                {
                    return;
                }

                var found = PhraseKey.Lookup(gaz, unit.Text, tokens, 0, last, ignoreCase: true);
                if (found is not null && found.Type == type)
                {
                    scan.Add(0, last, type, MentionKind.Gazetteer, entry: found);
                }
                else if (found is null && last <= 6)
                {
                    scan.Add(0, last, type, MentionKind.Named, TitleCase(scan.Surface(0, last)));
                }

                if (unit.Kind == UnitKind.Dateline)
                {
                    AddDatelineRegion(unit, last, scan);
                }

                break;
        }
    }

    /// <summary>"Claude Favre/Keystone": the photo agency after the photographer's slash, up to three words ending the credit.</summary>
    private int AgencyAfterSlash(TextUnit unit, int i)
    {
        var tokens = unit.Tokens;
        if (i == 0 || NameWords.Punct(unit.Text, tokens[i - 1]) != '/' || NameWords.IsGivenName(gaz, unit.Text, tokens[i]))
        {
            return i;
        }

        var k = i;
        while (k < tokens.Length && k - i < 3 && tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenFlags.Capitalized) &&
               tokens[k].Core(unit.Text) is not ("Staff" or "File" or "Handout" or "Pool" or "Courtesy"))
        {
            k++;
        }

        var ends = k == tokens.Length || tokens[k].Kind is TokenKind.Punct && unit.Text[tokens[k].Start] is ')' or ']' or ';' or ',' or '.';
        return k > i && ends ? k : i;
    }

    /// <summary>
    /// "Duma Press Service", "Moskva News Agency": a credit that is nothing but a few capitalised words closed by an
    /// organization head word names the source organization (a listed one is left to the gazetteer).
    /// </summary>
    private bool WholeCreditIsOrganization(TextUnit unit)
    {
        var tokens = unit.Tokens;
        if (tokens.Length is < 2 or > 5 || LongestMatch(unit, 0, out _) == tokens.Length)
        {
            return false;
        }

        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.Possessive))
            {
                return false;
            }
        }

        return !NameWords.IsGivenName(gaz, unit.Text, tokens[0]) &&
            gaz.OrgCueLookup.TryGetValue(tokens[^1].Core(unit.Text), out var position) && (position & OrgCuePosition.Head) != 0;
    }

    private int LongestMatch(TextUnit unit, int i, out GazetteerEntry? entry)
    {
        entry = null;
        var best = i;
        if (unit.Tokens[i].Kind != TokenKind.Word || !unit.Tokens[i].Has(TokenFlags.Capitalized))
        {
            return i + 1;
        }

        for (var k = i + 1; k <= unit.Tokens.Length && k - i <= 6; k++)
        {
            if (PhraseKey.Lookup(gaz, unit.Text, unit.Tokens, i, k) is { } found)
            {
                entry = found;
                best = k;
            }
            else if (!PhraseKey.IsPhrasePrefix(gaz, unit.Text, unit.Tokens, i, k))
            {
                break;
            }
        }

        return Math.Max(best, i + 1);
    }

    // A dateline or affiliation ends at its first comma or bracket: "WASHINGTON, June 3 (Reuters)".
    /// <summary>"MANILA, Philippines (AP) —": the country or state after the city's comma is a place mention too, when the gazetteer knows it.</summary>
    private void AddDatelineRegion(TextUnit unit, int cityEnd, SpanScan scan)
    {
        var tokens = unit.Tokens;
        var start = cityEnd + 1;
        if (cityEnd <= 0 || start >= tokens.Length || NameWords.Punct(unit.Text, tokens[cityEnd]) != ',')
        {
            return;
        }

        var end = start;
        while (end < tokens.Length && tokens[end].Kind == TokenKind.Word)
        {
            end++;
        }

        if (end > start && PhraseKey.Lookup(gaz, unit.Text, tokens, start, end, ignoreCase: true) is { Type: EntityType.Place } region)
        {
            scan.Add(start, end, EntityType.Place, MentionKind.Gazetteer, entry: region);
        }
    }

    private static int LastNameToken(TextUnit unit)
    {
        var k = 0;
        while (k < unit.Tokens.Length && unit.Tokens[k].Kind == TokenKind.Word)
        {
            k++;
        }

        return k;
    }

    private static string TitleCase(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return name;
            }
        }

        var chars = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || !char.IsLetter(chars[i - 1]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
