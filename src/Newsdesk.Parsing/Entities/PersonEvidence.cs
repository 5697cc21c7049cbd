using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Context around a span that says it names a person (or an organization).</summary>
internal sealed class PersonEvidence(Gazetteer gaz)
{
    /// <summary>"professor Jane Doe", "his host Kim": a lower-case person noun right before.</summary>
    public bool PersonCueBefore(SpanScan scan, int s) =>
        (s > 0 && IsCue(scan, s - 1)) ||
        // "Chile's mining minister, Aurora Vidal, visited": the name in apposition to a person noun, closed by a comma.
        (s > 1 && NameWords.Punct(scan.Text, scan.Tokens[s - 1]) == ',' && (IsCue(scan, s - 2) || CueOfNameBefore(scan, s - 2)) && ClosedByComma(scan, s));

    // "the regional governor of Ancash, Hernán Villanueva,": a person noun, "of" and a name, then the name in apposition.
    private bool CueOfNameBefore(SpanScan scan, int k)
    {
        var tokens = scan.Tokens;
        var stop = Math.Max(0, k - 4);
        var end = k;
        while (k > stop && tokens[k] is { Kind: TokenKind.Word } w && w.Has(TokenFlags.Capitalized))
        {
            k--;
        }

        return k < end && k > 0 && tokens[k].Kind == TokenKind.Word && tokens[k].Core(scan.Text) is "of" or "at" && IsCue(scan, k - 1);
    }

    private bool IsCue(SpanScan scan, int k) =>
        scan.Tokens[k] is { Kind: TokenKind.Word } t && !t.Has(TokenFlags.Capitalized) && gaz.PersonCues.Contains(t.Core(scan.Text));

    private static bool ClosedByComma(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        for (var k = s; k < tokens.Length && k - s <= 5; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return NameWords.Punct(scan.Text, tokens[k]) == ',';
            }
        }

        return false;
    }

    /// <summary>"carmaker Aurus": a lower-case organization noun right before; or "the launch provider, Arianespace,".</summary>
    public bool OrgAppositiveBefore(SpanScan scan, int s) =>
        s > 0 && (IsOrgNoun(scan, s - 1) || (s > 2 && NameWords.Punct(scan.Text, scan.Tokens[s - 1]) == ',' && IsOrgNoun(scan, s - 2) && TheBefore(scan, s - 3)));

    // "the utility, X", "the state utility, X", "the state water utility, X": "the" and up to two lower-case words before the noun.
    private static bool TheBefore(SpanScan scan, int k)
    {
        for (var j = k; j >= 0 && k - j <= 2; j--)
        {
            if (IsThe(scan, j))
            {
                return true;
            }

            if (scan.Tokens[j] is not { Kind: TokenKind.Word } m || m.Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsOrgNoun(SpanScan scan, int k) =>
        scan.Tokens[k] is { Kind: TokenKind.Word } t && !t.Has(TokenFlags.Capitalized) && gaz.OrgAppositives.Contains(t.Core(scan.Text));

    private static bool IsThe(SpanScan scan, int k) => scan.Tokens[k].Core(scan.Text) is "the" or "The";

    /// <summary>"Putin's spokesman Dmitry Peskov", "Navalny's widow": a possessive name before a noun only people have.</summary>
    public bool PersonalNounAfterPossessive(SpanScan scan, int e) =>
        e < scan.Tokens.Length && scan.Tokens[e - 1].Has(TokenFlags.Possessive) && scan.Tokens[e] is { Kind: TokenKind.Word } t && !t.Has(TokenFlags.Capitalized) &&
        t.Core(scan.Text) is "spokesman" or "spokeswoman" or "spokesperson" or "wife" or "husband" or "widow" or "son" or "daughter" or "mother" or "father"
            or "brother" or "sister" or "aide" or "aides" or "lawyer" or "lawyers" or "bodyguard" or "predecessor" or "successor";

    /// <summary>"," said X: a finite reporting verb right after a quotation or comma.</summary>
    public bool ReportingVerbBefore(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        return s >= 2 && NameWords.IsReportingVerb(gaz, scan.Text, tokens[s - 1], out var participle) && !participle &&
            tokens[s - 2].Kind is TokenKind.QuoteMark or TokenKind.Punct;
    }

    /// <summary>"at X", "of X", "for X", "from X": the span names where someone works or comes from, not who speaks.</summary>
    public bool OrgPrepositionBefore(SpanScan scan, int s) =>
        s > 0 && scan.Tokens[s - 1] is { Kind: TokenKind.Word } t && t.Core(scan.Text) is "at" or "of" or "for" or "from";

    /// <summary>"an analyst at X", "professor at X", "works at X": where a person works.</summary>
    public bool WorkplaceBefore(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        return s >= 2 && NameWords.Is(scan.Text, tokens[s - 1], "at") && tokens[s - 2] is { Kind: TokenKind.Word } w && !w.Has(TokenFlags.Capitalized) &&
            (gaz.PersonCues.Contains(w.Core(scan.Text)) || w.Core(scan.Text) is "works" or "worked" or "working" ||
             // "analysts at Bernstein", "economists at Barclays".
             (w.Core(scan.Text) is { Length: > 4 } plural && plural[^1] == 's' && gaz.PersonCues.Contains(plural[..^1])));
    }

    /// <summary>"in X", "near X": a place preposition right before.</summary>
    public bool PlacePrepositionBefore(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        var k = s - 1;
        if (k > 0 && NameWords.Is(scan.Text, tokens[k], "and"))
        {
            // "in Providence and Hartford": the preposition before the first of two names.
            k--;
            var stop = Math.Max(0, k - 5);
            while (k > stop && tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenFlags.Capitalized))
            {
                k--;
            }
        }

        return k >= 0 && tokens[k] is { Kind: TokenKind.Word } t && t.Core(scan.Text) is "in" or "near" or "outside" or "around" or "across";
    }

    /// <summary>"a police officer from Gudermes, who", "a pensioner from Shebekino": where a person described by a noun comes from.</summary>
    public bool PersonNounFrom(SpanScan scan, int s)
    {
        var tokens = scan.Tokens;
        if (s < 2 || !NameWords.Is(scan.Text, tokens[s - 1], "from") || tokens[s - 2] is not { Kind: TokenKind.Word } noun || noun.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var word = noun.Core(scan.Text);
        return gaz.PersonCues.Contains(word) || (word.Length > 4 && word[^1] == 's' && gaz.PersonCues.Contains(word[..^1]));
    }

    /// <summary>"operators in Cairns said": a lower-case noun before the preposition, so the name is not the subject.</summary>
    public bool NounBeforePreposition(SpanScan scan, int s) =>
        s >= 2 && scan.Tokens[s - 2] is { Kind: TokenKind.Word } t && !t.Has(TokenFlags.Capitalized) && !NameWords.IsReportingVerb(gaz, scan.Text, t, out _);

    /// <summary>"Saskatoon and X", "X and Saskatoon", "X, Saskatoon": a known place joined to the span by "and" or a comma.</summary>
    public bool KnownPlaceAlongside(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (e + 1 < tokens.Length && (NameWords.Is(text, tokens[e], "and") || NameWords.Punct(text, tokens[e]) == ',') &&
            gaz.PhraseLookup.TryGetValue(tokens[e + 1].Core(text), out var after) && after.Type == Model.EntityType.Place)
        {
            return true;
        }

        return s >= 2 && (NameWords.Is(text, tokens[s - 1], "and") || NameWords.Punct(text, tokens[s - 1]) == ',') &&
            gaz.PhraseLookup.TryGetValue(tokens[s - 2].Core(text), out var before) && before.Type == Model.EntityType.Place;
    }

    /// <summary>"a"/"an" right before: a common noun phrase.</summary>
    public bool IndefiniteBefore(SpanScan scan, int s) =>
        s > 0 && scan.Tokens[s - 1] is { Kind: TokenKind.Word } t && t.Core(scan.Text) is "a" or "an";

    /// <summary>"X said", "X told": a reporting verb right after (an adverb between is allowed).</summary>
    public bool ReportingVerbAfter(SpanScan scan, int e)
    {
        var tokens = scan.Tokens;
        if (e < tokens.Length && NameWords.Is(scan.Text, tokens[e], "also") )
        {
            e++;
        }

        return e < tokens.Length && NameWords.IsReportingVerb(gaz, scan.Text, tokens[e], out var participle) && !participle;
    }

    /// <summary>", a professor at", ", who", ", 45,": an appositive that describes a person.</summary>
    public bool AppositiveAfter(SpanScan scan, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (e + 1 >= tokens.Length || NameWords.Punct(text, tokens[e]) != ',')
        {
            return false;
        }

        var next = tokens[e + 1];
        if (next.Kind == TokenKind.Number)
        {
            return e + 2 < tokens.Length && NameWords.Punct(text, tokens[e + 2]) == ',';
        }

        if (next.Kind != TokenKind.Word || next.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var word = next.Core(text);
        if (word is "who" || gaz.PersonCues.Contains(word))
        {
            return true;
        }

        if (word is not ("a" or "an" or "the" or "his" or "her" or "their" or "its" or "former" or "then"))
        {
            return false;
        }

        for (var k = e + 2; k < tokens.Length && k <= e + 6; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number && t.Core(text).EndsWith("-year-old", StringComparison.Ordinal))
            {
                // ", a 24-year-old Eritrean survivor,": an age is said of a person.
                return true;
            }

            if (t.Kind != TokenKind.Word)
            {
                return false;
            }

            if (!t.Has(TokenFlags.Capitalized) && gaz.PersonCues.Contains(t.Core(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Kim Jong Un", "Kim Sung-bae", "Xi Jinping": family name first, so the short form is the first word.</summary>
    public bool IsFamilyNameFirst(SpanScan scan, int s, int e)
    {
        var n = e - s;
        var text = scan.Text;
        var tokens = scan.Tokens;
        if (n is < 2 or > 3 || !gaz.EastAsianSurnames.Contains(tokens[s].Core(text)))
        {
            return false;
        }

        var second = tokens[s + 1].Core(text);
        var dash = second.IndexOf('-');
        if (n == 2 && dash > 0 && dash + 1 < second.Length && char.IsLower(second[dash + 1]))
        {
            return true;
        }

        if (n == 3)
        {
            return second.Length <= 5 && tokens[s + 2].CoreLength <= 5;
        }

        return !NameWords.IsGivenName(gaz, text, tokens[s]);
    }
}
