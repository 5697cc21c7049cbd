using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Tests on the shape of a span the classifier asks: where gazetteer phrases, cue words, demonyms and names sit in it.</summary>
internal sealed class SpanShape(Gazetteer gaz)
{
    public bool StartsWithPersonBeforeConnector(SpanScan scan, int s, int e)
    {
        var k = s;
        while (k < e && (PhraseKey.RoleLength(gaz, scan.Text, scan.Tokens, k, k + 1) > 0 || DemonymLength(scan.Text, scan.Tokens, k, e) > 0))
        {
            k++;
        }

        if (k == e)
        {
            return false;
        }

        if (!NameWords.IsGivenName(gaz, scan.Text, scan.Tokens[k]))
        {
            // "Rhiannon Doyle of the Australian Marine Conservation Society": two or three plain words before "of".
            return k == s && PlainWordsBeforeConnector(scan, s, e);
        }

        for (var c = k + 1; c < e; c++)
        {
            if (!scan.Tokens[c].Has(TokenFlags.Capitalized))
            {
                return NameWords.IsOrgConnector(scan.Tokens[c].Core(scan.Text));
            }
        }

        return false;
    }

    /// <summary>"Durban and Cape Town International Airport": a known name before "and" is its own name.</summary>
    private bool PlainWordsBeforeConnector(SpanScan scan, int s, int e)
    {
        var c = s;
        while (c < e && scan.Tokens[c].Has(TokenFlags.Capitalized))
        {
            var core = scan.Tokens[c].Core(scan.Text);
            if (gaz.OrgCueLookup.ContainsKey(core) || gaz.PlaceCues.Contains(core) || gaz.PhraseLookup.ContainsKey(core) || gaz.DemonymLookup.Contains(core))
            {
                return false;
            }

            c++;
        }

        // Not "and": "National Bus and Rail Union" is one name, not a person before an organization.
        return c - s is 2 or 3 && c < e && NameWords.IsOrgConnector(scan.Tokens[c].Core(scan.Text)) && !NameWords.Is(scan.Text, scan.Tokens[c], "and");
    }

    public bool KnownNameBeforeAnd(SpanScan scan, int s, int e)
    {
        for (var c = s + 1; c < e - 1; c++)
        {
            if (NameWords.Is(scan.Text, scan.Tokens[c], "and"))
            {
                return PhraseKey.Lookup(gaz, scan.Text, scan.Tokens, s, c) is not null;
            }
        }

        return false;
    }

    /// <summary>"Monetary Authority of Singapore": an organization cue right before of/for, and no title after.</summary>
    public bool CueBeforeConnector(SpanScan scan, int s, int e)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        for (var c = s + 2; c < e - 1; c++)
        {
            if (tokens[c].Has(TokenFlags.Capitalized) || !NameWords.IsOrgConnector(tokens[c].Core(text)) ||
                !gaz.OrgCueLookup.TryGetValue(tokens[c - 1].Core(text), out var position) || (position & OrgCuePosition.Lead) == 0)
            {
                continue;
            }

            for (var k = c + 1; k < e; k++)
            {
                // A title after the name starts a person ("... of England Governor Andrew Bailey"); a given-name-like
                // word alone does not ("Institute of Marine Science").
                if (PhraseKey.RoleLength(gaz, text, tokens, k, k + 1) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    public bool HasPlaceOrCue(SpanScan scan, int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            var core = scan.Tokens[k].Core(scan.Text);
            if (gaz.PhraseLookup.TryGetValue(core, out var entry) && entry.Type == EntityType.Place || gaz.OrgCueLookup.ContainsKey(core) || gaz.PlaceCues.Contains(core))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Operator St Mawes Ferry Company", "Retailer Aeon": a sentence-initial word that is a common organization noun
    /// (not a role, cue, given name or known name) before at least one more capitalised word.
    /// </summary>
    public bool IsLeadingDescriptor(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (e - s < 2 || !tokens[s].Has(TokenFlags.SentenceStart) || !tokens[s + 1].Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var core = tokens[s].Core(text);
        return (gaz.OrgAppositives.Contains(core) || gaz.CompanyCues.Contains(core)) && !gaz.OrgCueLookup.ContainsKey(core) &&
            !gaz.PlaceCues.Contains(core) && !gaz.PhraseLookup.ContainsKey(core) && !NameWords.IsGivenName(gaz, text, tokens[s]) &&
            PhraseKey.RoleLength(gaz, text, tokens, s, e) == 0;
    }

    /// <summary>
    /// "Critic Yelena Kovalskaya said", "Physicist Andrei Golubev": a sentence-initial person noun (a lower-case person cue,
    /// capitalised only by its place) before a given name and at least one more capitalised word describes the person after it.
    /// </summary>
    public bool IsLeadingPersonNoun(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (e - s < 3 || !tokens[s].Has(TokenFlags.SentenceStart) || !NameWords.IsGivenName(gaz, text, tokens[s + 1]))
        {
            return false;
        }

        var core = tokens[s].Core(text);
        if (NameWords.IsGivenName(gaz, text, tokens[s]) || gaz.OrgCueLookup.ContainsKey(core) ||
            gaz.PhraseLookup.ContainsKey(core) || PhraseKey.RoleLength(gaz, text, tokens, s, e) != 0)
        {
            return false;
        }

        // PersonCues ignores case.
        return gaz.PersonCues.Contains(core);
    }

    /// <summary>Whether "and" or "&amp;" joins two names inside [s, e).</summary>
    public bool HasAnd(SpanScan scan, int s, int e)
    {
        for (var k = s + 1; k < e - 1; k++)
        {
            if (scan.Tokens[k].Core(scan.Text) is "and" or "&")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every capitalised word of [s, e) is a demonym ("French", "North Korean").</summary>
    public bool AllDemonyms(SpanScan scan, int s, int e)
    {
        for (var k = s; k < e;)
        {
            var length = DemonymLength(scan.Text, scan.Tokens, k, e);
            if (length == 0 && scan.Tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }

            k += Math.Max(length, 1);
        }

        return true;
    }

    /// <summary>
    /// Where a country name ending [s, e) starts, when every word before it is a plain capitalised word or org connector
    /// (no given name, demonym, direction, role, cue or known name); else -1.
    /// </summary>
    public int CountrySuffixStart(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (KnownNameBeforeAnd(scan, s, e) || LongestGazetteer(scan, s, e, out _) > s)
        {
            // "United States and Australia": known names, not one.
            return -1;
        }

        for (var p = Math.Max(s + 1, e - 4); p < e; p++)
        {
            // "Senior Advocate of Nigeria": a connector before the country makes it a title or "X of Y" name, not an agency.
            if (!tokens[p - 1].Has(TokenFlags.Capitalized) || PhraseKey.Lookup(gaz, text, tokens, p, e) is not { CountryCode: not null })
            {
                continue;
            }

            for (var k = s; k < p; k++)
            {
                var t = tokens[k];
                var core = t.Core(text);
                if (!t.Has(TokenFlags.Capitalized))
                {
                    if (k == s || !NameWords.IsOrgConnector(core))
                    {
                        return -1;
                    }

                    continue;
                }

                if (t.Has(TokenFlags.Possessive) || NameWords.IsGivenName(gaz, text, t) || DemonymLength(text, tokens, k, p) > 0 ||
                    PhraseKey.RoleLength(gaz, text, tokens, k, p) > 0 || gaz.Honorifics.Contains(core) || gaz.Stopwords.Contains(core) ||
                    gaz.PlaceCues.Contains(core) || gaz.PlaceLeads.Contains(core) || gaz.PhraseLookup.ContainsKey(core) || IsDirection(core))
                {
                    return -1;
                }
            }

            // "the National Security Council Ukraine expert": a complete name, then a country modifying the noun after.
            var lastCue = gaz.OrgCueLookup.ContainsKey(tokens[p - 1].Core(text));
            return lastCue && e < tokens.Length && tokens[e] is { Kind: TokenKind.Word } after && !after.Has(TokenFlags.Capitalized) ? -1 : p;
        }

        return -1;
    }

    private static bool IsDirection(ReadOnlySpan<char> w) => w is "North" or "South" or "East" or "West" or "Northern" or "Southern"
        or "Eastern" or "Western" or "Central" or "Greater" or "Upper" or "Lower" or "Mainland" or "Coastal" or "Rural" or "Northeast"
        or "Northwest" or "Southeast" or "Southwest" or "New" or "Old" or "All" or "Whole" or "Modern" or "Ancient";

    /// <summary>Whether any word of [s, e) is a listed given name.</summary>
    public bool HasGivenName(SpanScan scan, int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            if (NameWords.IsGivenName(gaz, scan.Text, scan.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsAcronym(string text, in Token t)
    {
        var core = t.Core(text);
        // Economic terms ("NEER", "GDP") are not organizations; longer all-caps words are shouting, not acronyms
        // (a longer acronym joins its organization when introduced: "known as COCOBOD").
        if (!t.Has(TokenFlags.AllCaps) || core.Length is < 3 or > 6 || gaz.Stopwords.Contains(core) || gaz.NonEntityAcronyms.Contains(core))
        {
            return false;
        }

        foreach (var c in core)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    public int DemonymLength(string text, Token[] tokens, int s, int e)
    {
        if (e - s >= 2 && PhraseKey.Lookup(gaz, text, tokens, s, s + 2) is null)
        {
            Span<char> buffer = stackalloc char[PhraseKey.MaxLength];
            var length = PhraseKey.Write(buffer, text, tokens, s, s + 2);
            if (length > 0 && gaz.DemonymLookup.Contains(buffer[..length]))
            {
                return 2;
            }
        }

        return gaz.DemonymLookup.Contains(tokens[s].Core(text)) ? 1 : 0;
    }

    public int LongestGazetteer(SpanScan scan, int s, int e, out GazetteerEntry? entry)
    {
        entry = null;
        var best = s;
        for (var k = s + 1; k <= e && k - s <= 8; k++)
        {
            if (PhraseKey.Lookup(gaz, scan.Text, scan.Tokens, s, k) is { } found)
            {
                entry = found;
                best = k;
            }
            else if (!PhraseKey.IsPhrasePrefix(gaz, scan.Text, scan.Tokens, s, k))
            {
                break;
            }
        }

        return best;
    }
}
