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

        return c - s is 2 or 3 && c < e && NameWords.IsOrgConnector(scan.Tokens[c].Core(scan.Text));
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

    public bool IsAcronym(string text, in Token t)
    {
        var core = t.Core(text);
        if (!t.Has(TokenFlags.AllCaps) || core.Length is < 3 or > 6 || gaz.Stopwords.Contains(core))
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
