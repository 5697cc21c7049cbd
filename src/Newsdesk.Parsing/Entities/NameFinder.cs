using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Finds capitalised spans in body text (with name particles, of/for connectors and gazetteer
/// phrases that run through a possessive) and hands each to the <see cref="SpanClassifier"/>.
/// One left-to-right pass: every token is looked at a bounded number of times.
/// </summary>
internal sealed class NameFinder(Gazetteer gaz)
{
    // No name is longer; the cap also bounds every per-span step (and the connector split's recursion) on hostile input.
    private const int MaxSpanTokens = 12;

    private readonly SpanClassifier _classifier = new(gaz);

    /// <summary>Adds the mentions of one body unit.</summary>
    public void Find(TextUnit unit, int unitIndex, List<Mention> into)
    {
        var scan = new SpanScan(unit, unitIndex, into);
        var tokens = unit.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            var t = tokens[i];
            if (LowerParticleName(unit.Text, tokens, i) is var particleEnd && particleEnd > i)
            {
                // "al Qaeda's affiliate", "loyal to al Shabaab": a listed name that starts with a lower-case Arabic article.
                _classifier.Classify(scan, i, particleEnd, retry: true);
                i = particleEnd;
                continue;
            }

            if (t.Kind != TokenKind.Word || (t.Has(TokenFlags.Hyphenated) && TryCompound(scan, i)) || !t.Has(TokenFlags.Capitalized))
            {
                i++;
                continue;
            }

            if (TryCompoundPhrase(scan, i) is var compoundEnd && compoundEnd > i)
            {
                i = compoundEnd;
                continue;
            }

            if (TryDescribedName(scan, i) is var describedEnd && describedEnd > i)
            {
                i = describedEnd;
                continue;
            }

            var end = SpanEnd(unit.Text, tokens, i);
            _classifier.Classify(scan, i, end, retry: true);
            i = end;
        }
    }

    private int LowerParticleName(string text, Token[] tokens, int i)
    {
        if (i + 1 >= tokens.Length || tokens[i].Kind != TokenKind.Word || tokens[i].Core(text) is not ("al" or "el") ||
            tokens[i + 1] is not { Kind: TokenKind.Word } next || !next.Has(TokenFlags.Capitalized) || next.Sentence != tokens[i].Sentence)
        {
            return i;
        }

        var end = SpanEnd(text, tokens, i + 1);
        return PhraseKey.Lookup(gaz, text, tokens, i, end) is not null ? end : i;
    }

    private int SpanEnd(string text, Token[] tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        var j = i;
        var limit = Math.Min(tokens.Length, i + MaxSpanTokens);
        while (j < limit)
        {
            var t = tokens[j];
            if (j > i && IsAmpersandJoin(text, tokens, j, sentence))
            {
                // "Kessler & Grant", "Procter & Gamble": an ampersand between capitalised words joins one name.
                j++;
                continue;
            }

            if (j > i && IsSlashJoin(text, tokens, j, sentence) && ContinuesKnownPhrase(text, tokens, i, j))
            {
                // "Radio Free Europe/Radio Liberty", "RFE/RL": a listed name written with a slash between its parts.
                j++;
                continue;
            }

            if (t.Kind == TokenKind.Number && t.Sentence == sentence && j > i && EndsKnownPhraseWithNumber(text, tokens, i, j))
            {
                // "Ligue 1", "Formula 1": a listed name that ends in a number.
                j++;
                break;
            }

            if (t.Kind != TokenKind.Word || t.Sentence != sentence)
            {
                if (j > i && NameWords.Punct(text, t) == ',' && OfficialListEnd(text, tokens, i, j, limit) is var listEnd && listEnd > j)
                {
                    j = listEnd;
                }

                break;
            }

            if (t.Has(TokenFlags.Capitalized))
            {
                if (j > i && NameWords.IsStopword(gaz, text, t) && !IsNameMonth(text, tokens, j) &&
                    !(!tokens[j - 1].Has(TokenFlags.Capitalized) && IsOrdinalInName(text, tokens, j, sentence)) && !ContinuesKnownPhrase(text, tokens, i, j) &&
                    !IsInnerPreposition(text, tokens, i, j))
                {
                    break;
                }

                if (j > i && t.Has(TokenFlags.Hyphenated) && HasCompoundSuffix(t.Core(text)))
                {
                    break;
                }

                j++;
                if (t.Has(TokenFlags.Possessive) && !PossessiveContinuesPhrase(text, tokens, i, j) && !IsRoleOffice(text, tokens, i, j) &&
                    !IsPossessiveInName(text, tokens, i, j))
                {
                    break;
                }

                continue;
            }

            // "University of Oslo", "Ursula von der Leyen", "Faisal bin Farhan": up to two particles before a capitalised word.
            var particles = 0;
            while (particles < 2 && j + particles < limit && tokens[j + particles] is { Kind: TokenKind.Word } p &&
                   !p.Has(TokenFlags.Capitalized) && NameWords.IsConnector(p.Core(text)) && (particles == 0 || !NameWords.Is(text, tokens[j], "and")))
            {
                particles++;
            }

            // "In the United States, ...": a sentence-opening stopword is no name word, so it joins nothing.
            if (j == i + 1 && particles > 0 && NameWords.IsStopword(gaz, text, tokens[i]))
            {
                break;
            }

            if (j > i && particles > 0 && j + particles < limit && tokens[j + particles] is { Kind: TokenKind.Word } next &&
                next.Has(TokenFlags.Capitalized) && next.Sentence == sentence &&
                (!NameWords.IsStopword(gaz, text, next) || IsOrdinalInName(text, tokens, j + particles, sentence)))
            {
                j += particles;
                continue;
            }

            // "United Nations Interim Force in Lebanon": a lower-case word between two words of a listed name keeps the name going
            // (a trailing one, "the Amazon rainforest", stays with the rules for what follows a name).
            if (j > i && j + 1 < limit && tokens[j] is { Kind: TokenKind.Word } inner && !inner.Has(TokenFlags.Capitalized) && inner.Sentence == sentence &&
                tokens[j + 1] is { Kind: TokenKind.Word } resumed && resumed.Has(TokenFlags.Capitalized) && resumed.Sentence == sentence &&
                ContinuesKnownPhrase(text, tokens, i, j + 1))
            {
                j += 2;
                continue;
            }

            break;
        }

        return Math.Max(j, i + 1);
    }

    /// <summary>
    /// "Ministry of Agriculture, Forestry and Fisheries": after "Ministry of X" (an organization lead cue, of/for), a comma list of
    /// capitalised words closed by "and Y" belongs to the name. Returns the new end, or <paramref name="comma"/> when no such list follows.
    /// </summary>
    private int OfficialListEnd(string text, Token[] tokens, int i, int comma, int limit)
    {
        if (comma - i < 3 || !gaz.OrgCueLookup.TryGetValue(tokens[i].Core(text), out var position) || (position & OrgCuePosition.Lead) == 0 ||
            tokens[i + 1].Core(text) is not ("of" or "for"))
        {
            return comma;
        }

        // Room for the official names that run long ("Ministry of Health, Labour and Welfare").
        limit = Math.Min(tokens.Length, limit + 4);
        var k = comma;
        while (k + 1 < limit && NameWords.Punct(text, tokens[k]) == ',' && IsListWord(text, tokens[k + 1], tokens[i].Sentence))
        {
            k += 2;
            if (k + 1 < limit && NameWords.Is(text, tokens[k], "and") && IsListWord(text, tokens[k + 1], tokens[i].Sentence))
            {
                return k + 2;
            }
        }

        return comma;
    }

    // "Human Rights Watch", "Doctors Without Borders": a listed name runs through a word that otherwise ends a span.
    // "Crew Against Torture", "Doctors Without Borders": a capitalised "Against"/"Without" between two name words mid-sentence
    // is inside an organization's name (title-case lines never reach this finder).
    private bool IsInnerPreposition(string text, Token[] tokens, int i, int j) =>
        tokens[j].Core(text) is "Against" or "Without" && !tokens[j].Has(TokenFlags.SentenceStart) && !tokens[j - 1].Has(TokenFlags.Possessive) &&
        !NameWords.IsStopword(gaz, text, tokens[j - 1]) && j + 1 < tokens.Length && tokens[j + 1] is { Kind: TokenKind.Word } next &&
        next.Has(TokenFlags.Capitalized) && next.Sentence == tokens[j].Sentence && !NameWords.IsStopword(gaz, text, next);

    // "Democratic People's Republic", "Russia's Far East": a possessive inside a listed phrase, but only when the next word goes on
    // with it ("Russia's Defense Ministry" is a place before an organization, not one name).
    private bool PossessiveContinuesPhrase(string text, Token[] tokens, int i, int j) =>
        PhraseKey.IsPhrasePrefix(gaz, text, tokens, i, j) && j < tokens.Length &&
        (PhraseKey.IsPhrasePrefix(gaz, text, tokens, i, j + 1) || PhraseKey.Lookup(gaz, text, tokens, i, j + 1) is not null);

    private bool ContinuesKnownPhrase(string text, Token[] tokens, int i, int j)
    {
        for (var k = Math.Max(i, j - 7); k < j; k++)
        {
            if (PhraseKey.IsPhrasePrefix(gaz, text, tokens, k, j + 1) || PhraseKey.Lookup(gaz, text, tokens, k, j + 1) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsKnownPhraseWithNumber(string text, Token[] tokens, int i, int j)
    {
        for (var k = Math.Max(i, j - 7); k < j; k++)
        {
            if (PhraseKey.Lookup(gaz, text, tokens, k, j + 1) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "Court of Appeals for the Second Circuit", "Bank of the First Nations": an ordinal after a connector, then a name word.
    private bool IsOrdinalInName(string text, Token[] tokens, int k, int sentence) =>
        NameWords.IsOrdinal(tokens[k].Core(text)) && k + 1 < tokens.Length && tokens[k + 1] is { Kind: TokenKind.Word } after &&
        after.Has(TokenFlags.Capitalized) && after.Sentence == sentence && !NameWords.IsStopword(gaz, text, after);

    // A slash with no space either side, between two capitalised words of one sentence ("and/or" never qualifies).
    private static bool IsSlashJoin(string text, Token[] tokens, int j, int sentence) =>
        NameWords.Punct(text, tokens[j]) == '/' && j + 1 < tokens.Length && tokens[j + 1] is { Kind: TokenKind.Word } next &&
        next.Has(TokenFlags.Capitalized) && next.Sentence == sentence && next.Start == tokens[j].End &&
        tokens[j - 1] is { Kind: TokenKind.Word } previous && previous.Has(TokenFlags.Capitalized) && previous.End == tokens[j].Start;

    private static bool IsAmpersandJoin(string text, Token[] tokens, int j, int sentence) =>
        NameWords.Punct(text, tokens[j]) == '&' && j + 1 < tokens.Length && tokens[j + 1] is { Kind: TokenKind.Word } next &&
        next.Has(TokenFlags.Capitalized) && next.Sentence == sentence && tokens[j - 1].Kind == TokenKind.Word;

    private bool IsListWord(string text, in Token t, int sentence) =>
        t.Kind == TokenKind.Word && t.Sentence == sentence && t.Has(TokenFlags.Capitalized) && !NameWords.IsStopword(gaz, text, t) &&
        !(gaz.PhraseLookup.TryGetValue(t.Core(text), out var entry) && entry.Type == EntityType.Place);

    // "Theresa May", "Mary June": a month right after a given name, not before a number, is a surname.
    private bool IsNameMonth(string text, Token[] tokens, int j) =>
        tokens[j].Core(text) is "May" or "June" or "April" or "August" && NameWords.IsGivenName(gaz, text, tokens[j - 1]) &&
        !(j + 1 < tokens.Length && tokens[j + 1].Kind == TokenKind.Number);

    private static bool HasCompoundSuffix(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && NameWords.IsCompoundSuffix(word[(dash + 1)..]);
    }

    // "Prosecutor General's Office", "Public Defender's Office": an office named after the role that heads it is one name.
    private bool IsRoleOffice(string text, Token[] tokens, int i, int j)
    {
        if (j >= tokens.Length || tokens[j] is not { Kind: TokenKind.Word } next || !next.Has(TokenFlags.Capitalized) || next.Sentence != tokens[i].Sentence ||
            next.Core(text) is not ("Office" or "Chambers" or "Department"))
        {
            return false;
        }

        // "The Prosecutor General's Office": a sentence-opening "The" is no part of the role.
        var start = i < j - 1 && NameWords.IsStopword(gaz, text, tokens[i]) ? i + 1 : i;
        return PhraseKey.RoleLength(gaz, text, tokens, start, j) == j - start;
    }

    // "Norwegian Fishermen's Association", "Children's Fund": an unknown possessive word right before an organization head word
    // is inside the name ("Russia's Defense Ministry" is not: "Russia" is a known name).
    private bool IsPossessiveInName(string text, Token[] tokens, int i, int j)
    {
        if (j >= tokens.Length || tokens[j] is not { Kind: TokenKind.Word } next || !next.Has(TokenFlags.Capitalized) || next.Sentence != tokens[i].Sentence ||
            !gaz.OrgCueLookup.TryGetValue(next.Core(text), out var position) || (position & OrgCuePosition.Head) == 0)
        {
            return false;
        }

        var owner = tokens[j - 1].Core(text);
        return owner.Length >= 4 && !gaz.PhraseLookup.ContainsKey(owner) && !NameWords.IsGivenName(gaz, text, tokens[j - 1]) &&
            !gaz.DemonymLookup.Contains(owner);
    }

    /// <summary>"New York-based", "Hong Kong-listed": a listed name of several words whose last word carries an adjectival suffix; returns the end, or -1.</summary>
    private int TryCompoundPhrase(SpanScan scan, int i)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        for (var j = i + 1; j < tokens.Length && j - i <= 3; j++)
        {
            var t = tokens[j];
            if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.Capitalized) || t.Sentence != tokens[i].Sentence)
            {
                return -1;
            }

            if (!t.Has(TokenFlags.Hyphenated))
            {
                continue;
            }

            var word = t.Core(text);
            var dash = word.LastIndexOf('-');
            if (dash <= 0 || !NameWords.IsCompoundSuffix(word[(dash + 1)..]))
            {
                return -1;
            }

            Span<char> buffer = stackalloc char[PhraseKey.MaxLength];
            var length = PhraseKey.Write(buffer, text, tokens, i, j);
            if (length <= 0 || length + 1 + dash > buffer.Length)
            {
                return -1;
            }

            buffer[length++] = ' ';
            word[..dash].CopyTo(buffer[length..]);
            length += dash;
            if (!gaz.PhraseLookup.TryGetValue(buffer[..length], out var entry))
            {
                return -1;
            }

            scan.Add(i, j + 1, entry.Type, MentionKind.Gazetteer, buffer[..length].ToString(), entry);
            return j + 1;
        }

        return -1;
    }

    /// <summary>
    /// "the UN refugee agency UNHCR": a listed description of an organization that runs through lower-case words, right before
    /// the organization's own name, is one more name of it. Returns the description's end, or -1.
    /// </summary>
    private int TryDescribedName(SpanScan scan, int i)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        var start = i;
        if (NameWords.IsStopword(gaz, text, tokens[i]) && i + 1 < tokens.Length && tokens[i + 1].Has(TokenFlags.Capitalized))
        {
            start = i + 1; // "The UN refugee agency UNHCR" opening a sentence.
        }

        for (var k = Math.Min(tokens.Length - 1, start + 4); k >= start + 2; k--)
        {
            if (tokens[k] is not { Kind: TokenKind.Word } name || !name.Has(TokenFlags.Capitalized) || name.Sentence != tokens[i].Sentence)
            {
                continue;
            }

            var lower = false;
            for (var m = start + 1; m < k; m++)
            {
                lower |= tokens[m].Kind == TokenKind.Word && !tokens[m].Has(TokenFlags.Capitalized);
                if (tokens[m].Kind != TokenKind.Word || tokens[m].Sentence != name.Sentence)
                {
                    lower = false;
                    break;
                }
            }

            if (lower && PhraseKey.Lookup(gaz, text, tokens, start, k) is { Type: EntityType.Organization } described &&
                PhraseKey.Lookup(gaz, text, tokens, k, k + 1) is { } named && named.Canonical == described.Canonical)
            {
                scan.Add(start, k, described.Type, MentionKind.Gazetteer, scan.Surface(start, k), described);

                // Its first word still names what it names on its own ("UN": the United Nations is mentioned too).
                _classifier.Classify(scan, start, start + 1, retry: true);
                return k;
            }
        }

        return -1;
    }

    /// <summary>"Seoul-based" (a place before an adjectival suffix) and "DPRK-Russia" (two known names).</summary>
    private bool TryCompound(SpanScan scan, int i)
    {
        var t = scan.Tokens[i];
        var word = t.Core(scan.Text);
        var dash = word.LastIndexOf('-');
        if (dash <= 0)
        {
            return false;
        }

        if (NameWords.IsCompoundSuffix(word[(dash + 1)..]))
        {
            var prefix = word[..dash];
            if (gaz.PhraseLookup.TryGetValue(prefix, out var entry))
            {
                scan.Add(i, i + 1, entry.Type, MentionKind.Gazetteer, prefix.ToString(), entry);
            }

            return true;
        }

        var first = word.IndexOf('-');
        if (first != dash || !char.IsUpper(word[dash + 1]))
        {
            return false;
        }

        if (gaz.PhraseLookup.TryGetValue(word[..dash], out var left) && gaz.PhraseLookup.TryGetValue(word[(dash + 1)..], out var right) &&
            !gaz.PhraseLookup.ContainsKey(word))
        {
            scan.Add(i, i + 1, left.Type, MentionKind.Gazetteer, word[..dash].ToString(), left);
            scan.Add(i, i + 1, right.Type, MentionKind.Gazetteer, word[(dash + 1)..].ToString(), right);
            return true;
        }

        return false;
    }
}
