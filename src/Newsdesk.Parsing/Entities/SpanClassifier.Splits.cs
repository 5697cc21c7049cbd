using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Splits of <see cref="SpanClassifier"/>: spans whose first words or inner connector are not part of the name they hold
/// ("Supporters of X", "Democrat on the X", "Limni on Evia"), names joined by an ampersand, and workplaces after "&lt;person&gt; of".
/// </summary>
internal sealed partial class SpanClassifier
{
    /// <summary>"Mark O'Sullivan, of TechInsight", "Heike Brandstetter of Voltline": right after a person and "of" (a comma between allowed).</summary>
    private static bool AfterPersonOf(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        if (s < 2 || !NameWords.Is(scan.Text, tokens[s - 1], "of") || scan.Last is not { Type: EntityType.Person } person || person.Unit != scan.UnitIndex)
        {
            return false;
        }

        return person.End == s - 1 || (person.End == s - 2 && NameWords.Punct(scan.Text, tokens[s - 2]) == ',');
    }

    /// <summary>
    /// "Supporters of the National Democratic Congress celebrate", "Residents of Mombasa said": a sentence-initial plural
    /// or person noun before "of"/"from" is not part of the name after it.
    /// </summary>
    private bool TryAfterLeadingCommonNoun(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (e - s < 3 || !tokens[s].Has(TokenFlags.SentenceStart) || tokens[s + 1].Core(text) is not ("of" or "from") ||
            !IsCommonPersonNoun(tokens[s].Core(text)))
        {
            return false;
        }

        var next = s + 1;
        while (next < e && !tokens[next].Has(TokenFlags.Capitalized))
        {
            next++;
        }

        if (next < e)
        {
            Classify(scan, next, e, retry: false);
        }

        return true;
    }

    /// <summary>"the village of Limni on Evia": a name, "on", then a known place are two places ("Council on Foreign Relations" is not).</summary>
    private bool TryPlaceOnPlace(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        for (var c = s + 1; c < e - 1; c++)
        {
            if (NameWords.Is(scan.Text, tokens[c], "on") && !tokens[c].Has(TokenFlags.Capitalized) &&
                PhraseKey.Lookup(gaz, scan.Text, tokens, c + 1, e) is { Type: EntityType.Place })
            {
                Classify(scan, s, c, retry: false);
                Classify(scan, c + 1, e, retry: false);
                return true;
            }
        }

        return false;
    }

    private bool IsCommonPersonNoun(ReadOnlySpan<char> word)
    {
        if (word is "Supporters" or "Members" or "Fans" or "Residents" or "Officials" or "Leaders" or "Workers" or "Employees" or "Shareholders"
            or "Relatives" or "Families" or "Thousands" or "Hundreds" or "Dozens" or "Millions" or "Some" or "Many" or "Most" or "Critics"
            or "Opponents" or "Representatives" or "Delegates" or "Activists" or "Citizens" or "Voters" or "Staff" or "Students"
            // "Shares of Valdra Mining NV fell": market and quantity nouns before "of" are not part of the name either.
            or "Shares" or "Stocks" or "Prices" or "Sales" or "Exports" or "Imports" or "Profits" or "Customers" or "Users" or "Investors"
            or "Owners" or "Buyers" or "Traders" or "Analysts" or "Victims" or "Survivors" or "Parts" or "All" or "None" or "Each" or "Both" or "Half")
        {
            return true;
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > lower.Length || gaz.OrgCueLookup.ContainsKey(word) || gaz.PhraseLookup.ContainsKey(word))
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        return gaz.PersonCues.Contains(lower) || (lower.Length > 3 && lower[^1] == 's' && gaz.PersonCues.Contains(lower[..^1]));
    }

    /// <summary>"the top Democrat on the Appropriations Committee": a demonym, then a connector: the name is what follows.</summary>
    private bool TryAfterLeadingDemonym(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        var lead = s;
        while (lead < e && _shape.DemonymLength(text, tokens, lead, e) is > 0 and var length)
        {
            lead += length;
        }

        // Not "and": "Australian and International Pilots Association" is one name.
        if (lead == s || lead >= e || tokens[lead].Has(TokenFlags.Capitalized) || tokens[lead].Core(text) is not ("on" or "of" or "for"))
        {
            return false;
        }

        var next = lead;
        while (next < e && !tokens[next].Has(TokenFlags.Capitalized))
        {
            next++;
        }

        if (next < e)
        {
            Classify(scan, next, e, retry: false);
        }

        return true;
    }

    /// <summary>
    /// "Kessler &amp; Grant", "Procter &amp; Gamble Co.": capitalised words joined by an ampersand are one organization
    /// (law firms, companies, publishers); words after it that are not organization cues are classified on their own.
    /// </summary>
    private bool TryAmpersandName(SpanScan scan, int s, int e)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        var amp = -1;
        for (var k = s + 1; k < e - 1; k++)
        {
            if (NameWords.Punct(text, tokens[k]) == '&')
            {
                amp = k;
                break;
            }
        }

        if (amp < 0 || PhraseKey.RoleLength(gaz, text, tokens, s, amp) > 0)
        {
            return false;
        }

        var end = amp + 2;
        while (end < e && tokens[end].Kind == TokenKind.Word &&
               (gaz.OrgCueLookup.TryGetValue(tokens[end].Core(text), out var position) && (position & OrgCuePosition.Head) != 0 ||
                tokens[end].Core(text) is "Co" or "Inc" or "Ltd" or "LLP" or "LLC" or "Partners" or "Associates" or "Sons" or "Company"))
        {
            end++;
        }

        end = AmpersandHeadEnd(scan, end, e);
        scan.Add(s, end, EntityType.Organization, MentionKind.Named);
        var rest = end;
        while (rest < e && !(tokens[rest].Kind == TokenKind.Word && tokens[rest].Has(TokenFlags.Capitalized)))
        {
            rest++;
        }

        if (rest < e)
        {
            Classify(scan, rest, e, retry: false);
        }

        return true;
    }

    /// <summary>
    /// "Computer &amp; Communications Industry Association": capitalised words after the ampersand run on to an organization
    /// head cue ("Association", "Council") later in the span; one pass over the span's remaining tokens.
    /// </summary>
    private int AmpersandHeadEnd(SpanScan scan, int end, int e)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        var best = end;
        for (var k = end; k < e; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !tokens[k].Has(TokenFlags.Capitalized) || PhraseKey.RoleLength(gaz, text, tokens, k, k + 1) > 0)
            {
                break;
            }

            if (gaz.OrgCueLookup.TryGetValue(tokens[k].Core(text), out var position) && (position & OrgCuePosition.Head) != 0)
            {
                best = k + 1;
            }
        }

        return best;
    }
}
