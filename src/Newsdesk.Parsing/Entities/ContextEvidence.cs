using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Context that says an unknown capitalised name is a place or an organization whatever its words look like:
/// a geographic noun after it, an appositive headed by a place or organization noun, a list after "makers including".
/// Every look is bounded to a few tokens.
/// </summary>
internal sealed class ContextEvidence(Gazetteer gaz)
{
    private const int AppositiveWindow = 8;

    /// <summary>"the Syr Darya river", "the Roseland peninsula": a lower-case geographic noun right after.</summary>
    public bool GeoNounAfter(SpanScan scan, int e) =>
        !scan.Tokens[e - 1].Has(TokenFlags.AllCaps) && e < scan.Tokens.Length && scan.Tokens[e] is { Kind: TokenKind.Word } t && !t.Has(TokenFlags.Capitalized) &&
        !scan.Tokens[e - 1].Has(TokenFlags.Possessive) && (gaz.GeoNouns.Contains(t.Core(scan.Text)) || SharedPluralGeoNoun(scan, e));

    // "the Shebekino and Graivoron districts": the first of two names shares the plural geographic noun after the second.
    private bool SharedPluralGeoNoun(SpanScan scan, int e)
    {
        var tokens = scan.Tokens;
        if (!NameWords.Is(scan.Text, tokens[e], "and"))
        {
            return false;
        }

        var k = e + 1;
        while (k < tokens.Length && k - e <= 3 && tokens[k] is { Kind: TokenKind.Word } w && w.Has(TokenFlags.Capitalized) && !w.Has(TokenFlags.Possessive))
        {
            k++;
        }

        return k > e + 1 && k < tokens.Length && tokens[k] is { Kind: TokenKind.Word } noun && !noun.Has(TokenFlags.Capitalized) &&
            noun.Core(scan.Text) is [.., 's'] && gaz.GeoNouns.Contains(noun.Core(scan.Text));
    }

    /// <summary>"the opposition Creemos alliance", "the Tamkeen party": a lower-case organization noun right after.</summary>
    public bool OrgNounAfter(SpanScan scan, int e) =>
        e < scan.Tokens.Length && scan.Tokens[e] is { Kind: TokenKind.Word } t && !t.Has(TokenFlags.Capitalized) && t.Sentence == scan.Tokens[e - 1].Sentence &&
        !scan.Tokens[e - 1].Has(TokenFlags.Possessive) && (gaz.OrgNounsAfter.Contains(t.Core(scan.Text)) || NewsOutletAfter(scan, e));

    // "the Fontanka news website", "the Baza news outlet": "news" and a medium after an unknown name make it an outlet.
    private static bool NewsOutletAfter(SpanScan scan, int e) =>
        NameWords.Is(scan.Text, scan.Tokens[e], "news") && e + 1 < scan.Tokens.Length && scan.Tokens[e + 1] is { Kind: TokenKind.Word } medium &&
        medium.Core(scan.Text) is "website" or "site" or "outlet" or "portal" or "agency" or "service";

    /// <summary>"Ponomarev wrote on X", "posted on Bluesky": where something was written or posted is a platform.</summary>
    public static bool PostedOn(SpanScan scan, int s) =>
        s >= 2 && NameWords.Is(scan.Text, scan.Tokens[s - 1], "on") && scan.Tokens[s - 2] is { Kind: TokenKind.Word } verb &&
        verb.Core(scan.Text) is "wrote" or "writes" or "posted" or "posts" or "tweeted" or "published";

    /// <summary>"the Cerrado, the vast savanna": an appositive whose head noun is geographic.</summary>
    public bool GeoAppositiveAfter(SpanScan scan, int e) => AppositiveHead(scan, e) is { } head && gaz.GeoNouns.Contains(scan.Tokens[head].Core(scan.Text));

    /// <summary>"Aeon, the country's largest retailer,", "Renfe, the French and Spanish state rail companies": an organization noun heads the appositive.</summary>
    public bool OrgAppositiveAfter(SpanScan scan, int e) => AppositiveHead(scan, e) is { } head && gaz.CompanyCues.Contains(scan.Tokens[head].Core(scan.Text));

    /// <summary>"Switzerland-based X", "Tokyo-listed X", "shares of X", "a stake in X": said of companies, not people.</summary>
    public bool CompanyBefore(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (s < 1 || tokens[s - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var before = tokens[s - 1].Core(text);
        var dash = before.LastIndexOf('-');
        if (dash > 0 && before[(dash + 1)..] is "based" or "headquartered" or "listed" or "registered")
        {
            return true;
        }

        // Not "a stake in Kylie Jenner's cosmetics company": the possessive's owner need not be the company.
        // "shares in CMOC" is said of a listed company as often as "shares of".
        if (s < 2)
        {
            return false;
        }

        // "Shares in CMOC fell": the noun may open the sentence.
        var owner = tokens[s - 2].Core(text);
        var shares = owner.Equals("shares", StringComparison.OrdinalIgnoreCase);
        return (before is "of" && (shares || owner is "shareholders")) || (before is "in" && shares);
    }

    /// <summary>"north of Manistee", "residents of La Ronge".</summary>
    public bool PlaceOfBefore(SpanScan scan, int s) =>
        s >= 2 && NameWords.Is(scan.Text, scan.Tokens[s - 1], "of") && scan.Tokens[s - 2] is { Kind: TokenKind.Word } w &&
        !w.Has(TokenFlags.Capitalized) && gaz.PlaceOfNouns.Contains(w.Core(scan.Text));

    /// <summary>"Manistee, Michigan, to ...": a known place (state, country) right after a comma.</summary>
    public bool PlaceAfterComma(SpanScan scan, int e)
    {
        var tokens = scan.Tokens;
        if (e + 1 >= tokens.Length || NameWords.Punct(scan.Text, tokens[e]) != ',' || tokens[e + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var end = e + 2;
        if (tokens[e + 1].Has(TokenFlags.Possessive))
        {
            return false;
        }

        if (PhraseKey.Lookup(gaz, scan.Text, tokens, e + 1, end) is not { Type: Model.EntityType.Place } &&
            (end >= tokens.Length || PhraseKey.Lookup(gaz, scan.Text, tokens, e + 1, ++end) is not { Type: Model.EntityType.Place }))
        {
            return false;
        }

        return end >= tokens.Length || tokens[end].Kind != TokenKind.Word || !tokens[end].Has(TokenFlags.Capitalized);
    }

    /// <summary>"chocolate makers including Nestlé and X", "miners such as BHP, X and Y": an item of a list of companies.</summary>
    public bool CompanyListItem(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        for (var k = s - 1; k >= 1 && s - k <= 15; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized))
            {
                var w = t.Core(text);
                if (w is "including" or "like" || (w is "as" && NameWords.Is(text, tokens[k - 1], "such")))
                {
                    var cue = w is "as" ? k - 2 : k - 1;
                    return cue >= 0 && tokens[cue] is { Kind: TokenKind.Word } c && gaz.CompanyCues.Contains(c.Core(text));
                }

                if (w is not ("and" or "&"))
                {
                    return false;
                }
            }
            else if (t.Kind != TokenKind.Word && NameWords.Punct(text, t) != ',')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"from Cape York to Cooktown": the name after "to" in a from-to range that starts at a known or cue-led place.</summary>
    public bool FromToPlace(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (s < 3 || !NameWords.Is(text, tokens[s - 1], "to"))
        {
            return false;
        }

        for (var k = s - 2; k >= 1 && s - k <= 6; k--)
        {
            if (NameWords.Is(text, tokens[k - 1], "from"))
            {
                return PhraseKey.Lookup(gaz, text, tokens, k, s - 1) is { Type: Model.EntityType.Place } ||
                    (gaz.PlaceLeads.Contains(tokens[k].Core(text)) && s - 1 - k >= 2);
            }

            if (tokens[k].Kind != TokenKind.Word || !tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The head noun of ", the ... noun," after a name: the last lower-case word before the appositive ends or a preposition starts its complement.</summary>
    private int? AppositiveHead(SpanScan scan, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (e + 2 >= tokens.Length || NameWords.Punct(text, tokens[e]) != ',' || tokens[e + 1].Kind != TokenKind.Word)
        {
            return null;
        }

        var first = tokens[e + 1];
        if (!(first.Core(text) is "the" or "a" or "an" || (first.Has(TokenFlags.Possessive) && first.Has(TokenFlags.Capitalized))))
        {
            return null;
        }

        int? head = null;
        for (var k = e + 2; k < tokens.Length && k - e <= AppositiveWindow; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return t.Kind is TokenKind.Punct or TokenKind.QuoteMark ? head : null;
            }

            var w = t.Core(text);
            if (gaz.PersonCues.Contains(w))
            {
                return null;
            }

            if (w is "of" or "in" or "at" or "for" or "from" or "on" or "with" or "near" or "that" or "which" or "who" or "to" or "by"
                or "south" or "north" or "east" or "west")
            {
                return head;
            }

            head = t.Has(TokenFlags.Capitalized) ? head : k;
        }

        return e + AppositiveWindow >= tokens.Length ? head : null;
    }
}
