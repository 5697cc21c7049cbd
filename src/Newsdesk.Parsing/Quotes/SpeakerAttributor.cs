using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Quotes;

/// <summary>
/// Gives each quotation its speaker: the clause after it ("," X said / said X), else the clause
/// before it (X said: / X told AFP that ... / "adding" / "and said"), else, for pronouns and
/// quote-only paragraphs, the last named person who spoke. Unnamed subjects ("a spokesman said",
/// "Moscow said") leave the speaker empty rather than guess.
/// </summary>
internal sealed class SpeakerAttributor(Gazetteer gaz)
{
    // "it said" reaches back to an organization that spoke at most this many paragraphs before.
    private const int StatementUnitsBack = 3;

    private readonly ClauseReader _clauses = new(gaz);

    /// <summary>The public quotes, in order.</summary>
    public IReadOnlyList<Quote> Attribute(ArticleAnalysis analysis, List<QuoteSpan> spans)
    {
        var index = new UnitMentions?[analysis.Units.Count];
        var builds = analysis.Builds;
        var quotes = new List<Quote>(spans.Count);
        var lastSpeaker = -1;
        var cursor = new Cursor(0, 0);
        QuoteSpan? previous = null;
        var previousSpeaker = -1;
        var previousUnnamed = false;
        var lastOrganization = new Spoke(-1, -1);
        foreach (var q in spans)
        {
            var before = lastSpeaker;
            lastSpeaker = Advance(analysis, index, cursor, q, lastSpeaker, ref lastOrganization);
            var after = After(analysis, index, q);
            var chosen = after.Attributes ? after : Before(analysis, index, q, previous, previousSpeaker);
            if (!chosen.Attributes && after.Kind == SubjectKind.None && chosen.Kind == SubjectKind.None && StartsSentence(analysis, q))
            {
                // "\"It breaks my heart,\" said one veteran arbiter. \"Erik was a wonderful junior.\"": a bare quote right after an
                // unnamed speaker's, in the same paragraph with no one else speaking between, is the unnamed speaker's too.
                chosen = previousUnnamed && previous!.CloseUnit == q.OpenUnit && before == lastSpeaker ? Subject.None : new Subject(SubjectKind.Pronoun);
            }

            var speaker = chosen.Kind switch
            {
                SubjectKind.Entity => chosen.Entity,
                SubjectKind.Pronoun => lastSpeaker,
                SubjectKind.Description => DescribedSpeakers.Resolve(analysis, q.OpenUnit, q.Open, chosen.Noun!) is var described and >= 0 ? described
                    : DescribedSpeakers.IsAge(chosen.Noun!) ? lastSpeaker : -1,
                SubjectKind.OrganizationNoun when chosen.Noun == OrganizationReferents.Statement =>
                    q.OpenUnit - lastOrganization.Unit < StatementUnitsBack ? lastOrganization.Entity : -1,
                SubjectKind.OrganizationNoun => OrganizationReferents.Resolve(analysis, q.OpenUnit, q.Open, chosen.Noun!),
                _ => -1,
            };
            if (speaker >= 0 && builds[speaker].Type == EntityType.Person)
            {
                lastSpeaker = speaker;
            }
            else if (speaker >= 0 && builds[speaker].Type == EntityType.Organization)
            {
                lastOrganization = new Spoke(speaker, q.CloseUnit);
            }

            // "Q," he said: the comma belongs to the sentence around the quote, not to the quoted words.
            quotes.Add(new Quote(q.Text.TrimEnd().TrimEnd(',').TrimEnd(), speaker >= 0 ? builds[speaker].Canonical : null, speaker >= 0 ? analysis.Ids[speaker] : null, IsFragment(analysis, q, after.Attributes)));
            cursor = new Cursor(q.CloseUnit, q.Close + 1);
            previous = q;
            previousSpeaker = speaker;
            previousUnnamed = speaker < 0 && (chosen.Kind is SubjectKind.Unnamed or SubjectKind.Description || after.Kind is SubjectKind.Unnamed or SubjectKind.Description);
        }

        return quotes;
    }

    private Subject After(ArticleAnalysis analysis, UnitMentions?[] index, QuoteSpan q)
    {
        var unit = analysis.Units[q.CloseUnit];
        var tokens = unit.Tokens;
        if (q.Close >= tokens.Length)
        {
            return Subject.None;
        }

        var mentions = Index(analysis, index, q.CloseUnit);
        var sentence = tokens[q.Close].Sentence;
        var k = q.Close + 1;
        while (k < tokens.Length && tokens[k].Kind == TokenKind.Punct && tokens[k].Sentence == sentence)
        {
            k++;
        }

        // "», a déclaré X", "," ha detto X": an auxiliary before a first-position verb.
        var first = k < tokens.Length && tokens[k].Core(unit.Text) is "a" or "ha" or "hat" or "has" or "had" && k + 1 < tokens.Length &&
            _clauses.IsVerb(unit, k + 1, out _) ? k + 1 : k;
        for (; k < tokens.Length && k - q.Close <= ClauseReader.Window && tokens[k].Sentence == sentence; k++)
        {
            if (tokens[k].Kind == TokenKind.QuoteMark && QuoteMarks.IsDouble(unit.Text[tokens[k].Start]))
            {
                break;
            }

            if (_clauses.AccordingTo(unit, mentions, analysis.Builds, k) is { Kind: not SubjectKind.None } according)
            {
                return according;
            }

            if (!_clauses.IsVerb(unit, k, out var participle))
            {
                continue;
            }

            if (k == first)
            {
                return _clauses.SubjectAfterVerb(unit, mentions, analysis.Builds, k);
            }

            if (participle)
            {
                return Subject.None;
            }

            var subject = _clauses.SubjectBefore(unit, mentions, analysis.Builds, k, first);
            return subject.Kind == SubjectKind.Coordinated ? Subject.None : subject;
        }

        return Subject.None;
    }

    private Subject Before(ArticleAnalysis analysis, UnitMentions?[] index, QuoteSpan q, QuoteSpan? previous, int previousSpeaker)
    {
        var unit = analysis.Units[q.OpenUnit];
        var tokens = unit.Tokens;
        var mentions = Index(analysis, index, q.OpenUnit);
        var sentence = tokens[q.Open].Sentence;
        var start = q.Open;
        while (start > 0 && q.Open - start < ClauseReader.Window && tokens[start - 1].Sentence == sentence)
        {
            start--;
        }

        var sameSentence = previous is not null && previous.CloseUnit == q.OpenUnit && previous.Close >= start && previous.Close < q.Open;
        var lower = sameSentence ? previous!.Close + 1 : start;
        for (var k = lower; k < q.Open; k++)
        {
            if (_clauses.AccordingTo(unit, mentions, analysis.Builds, k) is { Kind: not SubjectKind.None } according)
            {
                return according;
            }
        }

        for (var v = q.Open - 1; v >= lower; v--)
        {
            if (!_clauses.IsVerb(unit, v, out var participle))
            {
                continue;
            }

            var subject = participle ? new Subject(SubjectKind.Coordinated) : _clauses.SubjectBefore(unit, mentions, analysis.Builds, v, lower);
            if (subject.Kind != SubjectKind.Coordinated)
            {
                return subject;
            }

            if (sameSentence && previousSpeaker >= 0)
            {
                return new Subject(SubjectKind.Entity, previousSpeaker);
            }

            var first = ClauseReader.FirstPerson(mentions, analysis.Builds, start, v);
            return first.Kind != SubjectKind.None ? first : StartsWithPronoun(unit, start);
        }

        if (sameSentence && previousSpeaker >= 0 && !mentions.AnyBetween(lower, q.Open, m => analysis.Builds[m.Entity].Type != EntityType.Place))
        {
            // "X wrote that the cut was "bigger than feared," and that reliance on China had become "a structural problem"":
            // a second quotation in an attributed sentence, with nobody else named between, has the same speaker.
            return new Subject(SubjectKind.Entity, previousSpeaker);
        }

        if (q.Open > start && NameWords.Punct(unit.Text, tokens[q.Open - 1]) == ':' && SentenceSubject(unit, mentions, start) is { } colonSubject &&
            analysis.Builds[colonSubject.Entity].Type == EntityType.Person && !tokens[colonSubject.End - 1].Has(TokenFlags.Possessive))
        {
            // "Gogoladze put it plainly: "This is not about transparency."": the subject of a sentence that introduces a quotation.
            return new Subject(SubjectKind.Entity, colonSubject.Entity);
        }

        return Subject.None;
    }

    /// <summary>Moves over the text between quotations, remembering who was last reported as speaking.</summary>
    private int Advance(ArticleAnalysis analysis, UnitMentions?[] index, Cursor cursor, QuoteSpan q, int lastSpeaker, ref Spoke lastOrganization)
    {
        for (var u = cursor.Unit; u <= q.OpenUnit && u < analysis.Units.Count; u++)
        {
            var unit = analysis.Units[u];
            if (!unit.IsParagraph)
            {
                continue;
            }

            var from = u == cursor.Unit ? cursor.Token : 0;
            var to = u == q.OpenUnit ? q.Open : unit.Tokens.Length;
            var mentions = Index(analysis, index, u);
            for (var k = from; k < to; k++)
            {
                // The subject of a sentence is who a later "he said" most likely means (unless someone speaks after).
                // Not "Brennan's union has backed her petition": a possessive name only qualifies the subject.
                if (unit.Tokens[k].Has(TokenFlags.SentenceStart) && SentenceSubject(unit, mentions, k) is { } subject0 &&
                    analysis.Builds[subject0.Entity].Type == EntityType.Person && !unit.Tokens[subject0.End - 1].Has(TokenFlags.Possessive))
                {
                    lastSpeaker = subject0.Entity;
                }

                if (unit.Tokens[k].Has(TokenFlags.SentenceStart) && OpensWithUnnamedPerson(unit, k))
                {
                    // "A former police officer from Gudermes, who asked not to be named, told AFP": a later "he said" is that
                    // officer, who has no name, unless the sentence goes on to name its subject.
                    lastSpeaker = -1;
                }

                if (mentions.StartingAt(k) is { } apposed && analysis.Builds[apposed.Entity].Type == EntityType.Person && IsApposedToPersonNoun(unit, apposed))
                {
                    // "Krasnova's mother, Galina Petrovna Krasnova, waited outside": the name in apposition is the subject.
                    lastSpeaker = apposed.Entity;
                }

                // "Among the first passengers was Zoë Müller, a German student ...": a person introduced with an
                // appositive is usually about to be quoted.
                if (mentions.StartingAt(k) is { } introduced && introduced.End - introduced.Start >= 2 &&
                    analysis.Builds[introduced.Entity].Type == EntityType.Person && IsIntroduced(unit, introduced.End))
                {
                    lastSpeaker = introduced.Entity;
                }

                if (_clauses.IsVerb(unit, k, out var participle) && !participle)
                {
                    var subject = _clauses.SubjectBefore(unit, mentions, analysis.Builds, k, Math.Max(from, k - ClauseReader.Window));
                    if (subject.Kind == SubjectKind.Entity && analysis.Builds[subject.Entity].Type == EntityType.Person)
                    {
                        lastSpeaker = subject.Entity;
                    }
                    else if (subject.Kind == SubjectKind.Entity && analysis.Builds[subject.Entity].Type == EntityType.Organization)
                    {
                        // "X said in a statement that ...": a later "it said" or "the statement said" is X.
                        lastOrganization = new Spoke(subject.Entity, u);
                    }
                    else if (subject is { Kind: SubjectKind.Unnamed, Noun: not null })
                    {
                        // "A spokesman for Ruiz said ...": a later "he said" is the spokesman, who has no name.
                        lastSpeaker = -1;
                    }
                }
            }
        }

        return lastSpeaker;
    }

    /// <summary>
    /// The name a sentence starts with, after capitalised role words ("Transport Minister Patrick Schnieder") or a
    /// lower-case person noun ("Veteran goalkeeper Hugo Lemaire").
    /// </summary>
    private Mention? SentenceSubject(TextUnit unit, UnitMentions mentions, int k)
    {
        var tokens = unit.Tokens;
        Mention? leading = null;
        var opening = tokens[k].Core(unit.Text) is "In" or "At" or "On" or "From" or "Outside" or "Near" or "After" or "During" or "Back" or "Later"
            or "Earlier" or "Since" or "Before" or "Across" or "Inside" or "Meanwhile" or "Like" or "Despite" or "Unlike" or "Under" or "Along" or "Beyond";
        for (var j = k; j < tokens.Length && j - k < 6; j++)
        {
            if (opening && j > k && NameWords.Punct(unit.Text, tokens[j]) == ',' && j + 1 < tokens.Length &&
                (tokens[j + 1].Has(TokenFlags.Capitalized) || (tokens[j + 1].Kind == TokenKind.Word && gaz.PersonCues.Contains(tokens[j + 1].Core(unit.Text)))))
            {
                // "In Limni, Maria Konstantinou watched": the subject comes after the opening phrase.
                opening = false;
                k = j;
                continue;
            }

            if (!tokens[j].Has(TokenFlags.Capitalized) && !(j > k && tokens[j].Kind == TokenKind.Word && gaz.PersonCues.Contains(tokens[j].Core(unit.Text))))
            {
                if (opening && j > k && tokens[j].Kind == TokenKind.Word)
                {
                    // "Back in Bampton, Ellison has": lower-case words of the opening phrase, up to its comma.
                    continue;
                }

                break;
            }

            if (mentions.StartingAt(j) is { } m)
            {
                if (opening && m.Type != EntityType.Person)
                {
                    j = m.End - 1;
                    continue;
                }

                if (m.Type != EntityType.Person)
                {
                    // "NATO Secretary General Mark Rutte welcomed the vote": an organization or country that only
                    // qualifies a title is not the subject; the person the title names is, if one follows.
                    leading ??= m;
                    j = m.End - 1;
                    continue;
                }

                return m;
            }
        }

        return leading;
    }

    private bool OpensWithUnnamedPerson(TextUnit unit, int k)
    {
        var tokens = unit.Tokens;
        if (tokens[k].Core(unit.Text) is not ("A" or "An"))
        {
            return false;
        }

        for (var j = k + 1; j < tokens.Length && j - k <= 4 && tokens[j] is { Kind: TokenKind.Word } w && !w.Has(TokenFlags.Capitalized); j++)
        {
            if (gaz.PersonCues.Contains(w.Core(unit.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsApposedToPersonNoun(TextUnit unit, Mention m)
    {
        var tokens = unit.Tokens;
        return m.Start >= 2 && m.End < tokens.Length && NameWords.Punct(unit.Text, tokens[m.Start - 1]) == ',' &&
            NameWords.Punct(unit.Text, tokens[m.End]) == ',' && tokens[m.Start - 2] is { Kind: TokenKind.Word } noun &&
            !noun.Has(TokenFlags.Capitalized) && gaz.PersonCues.Contains(noun.Core(unit.Text));
    }

    private static bool IsIntroduced(TextUnit unit, int end) =>
        end + 1 < unit.Tokens.Length && NameWords.Punct(unit.Text, unit.Tokens[end]) == ',' &&
        unit.Tokens[end + 1] is { Kind: TokenKind.Word } next && !next.Has(TokenFlags.Capitalized) &&
        next.Core(unit.Text) is "a" or "an" or "the" or "who" or "whose";

    private static Subject StartsWithPronoun(TextUnit unit, int start) =>
        start < unit.Tokens.Length && unit.Tokens[start].Core(unit.Text) is "He" or "She" ? new Subject(SubjectKind.Pronoun) : Subject.None;

    /// <summary>A quotation that starts its sentence (quote-only paragraphs, a second quote after an attributed one).</summary>
    private static bool StartsSentence(ArticleAnalysis analysis, QuoteSpan q)
    {
        var tokens = analysis.Units[q.OpenUnit].Tokens;
        var sentence = tokens[q.Open].Sentence;
        for (var k = q.Open - 1; k >= 0 && q.Open - k <= ClauseReader.Window && tokens[k].Sentence == sentence; k--)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One to three quoted words inside a sentence ("blackmail", "full support"); a short capitalised
    /// sentence of its own ("They want both.") or with its own attribution ("I hear you," she said) is a statement.
    /// </summary>
    private static bool IsFragment(ArticleAnalysis analysis, QuoteSpan q, bool attributedAfter) =>
        CountWords(q.Text) <= 3 && !(q.Text.Length > 0 && char.IsUpper(q.Text[0]) && (attributedAfter || StartsSentence(analysis, q) || EndsSentence(q.Text)));

    // "adding: \"We will rebuild.\"": a capitalised quotation closed by its own full stop is a sentence, however short.
    private static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
    }

    private static UnitMentions Index(ArticleAnalysis analysis, UnitMentions?[] index, int unit) =>
        index[unit] ??= new UnitMentions(analysis.Units[unit], analysis.MentionsByUnit[unit]);

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter || (inWord && (c is '-' or '\'' or '\u2019'));
        }

        return words;
    }

    /// <summary>An organization that spoke, and the unit where it did.</summary>
    private readonly record struct Spoke(int Entity, int Unit);

    /// <summary>Where the scan between quotations stopped.</summary>
    private readonly record struct Cursor(int Unit, int Token);
}
