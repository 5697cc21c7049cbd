using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Decides what a capitalised span names: a gazetteer phrase, an organization or place by its cue
/// word, a person by given name / role title / East Asian name form / context, or a single word to
/// resolve later. Names inside a longer name are not split out ("Kim Il Sung Square").
/// </summary>
internal sealed partial class SpanClassifier(Gazetteer gaz)
{
    private readonly PersonEvidence _evidence = new(gaz);
    private readonly SpanShape _shape = new(gaz);
    private readonly ContextEvidence _context = new(gaz);

    /// <summary>Classifies tokens [s, e) of the scan.</summary>
    public void Classify(SpanScan scan, int s, int e, bool retry)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        if (PhraseKey.Lookup(gaz, text, tokens, s, e) is { } whole)
        {
            scan.Add(s, e, whole.Type, MentionKind.Gazetteer, entry: whole);
            return;
        }

        var start = s;
        while (s < e && (NameWords.IsStopword(gaz, text, tokens[s]) || gaz.NonEntityAcronyms.Contains(tokens[s].Core(text))) &&
               !(s == start && IsCapitalisedNameWord(scan, s, e)) && !(s == start && IsGivenNameNotMonth(scan, s, e)) &&
               !(s + 1 < e && NameWords.IsNumberWord(tokens[s].Core(text)) && !tokens[s].Has(TokenFlags.SentenceStart)) &&
               !(s == start && _evidence.OrgAppositiveBefore(scan, s)))
        {
            // A capitalised number word inside a sentence starts a name ("the Three Gorges Dam"); at a sentence start it need not.
            // After an organization noun the word is the name, even one listed as a common word ("broadcaster CCTV").
            s++;
        }

        if (s >= e || (s > start && TryGazetteer(scan, s, e)))
        {
            return;
        }

        if (e - s >= 2 && tokens[e - 2].Has(TokenFlags.Possessive) && tokens[e - 1].Core(text) is "Office" or "Chambers" or "Department" &&
            PhraseKey.RoleLength(gaz, text, tokens, s, e - 1) == e - 1 - s)
        {
            // "Prosecutor General's Office", "the Public Defender's Office": the office of a role is an organization.
            scan.Add(s, e, EntityType.Organization, MentionKind.Named);
            return;
        }

        if (TrySplitAtAnd(scan, s, e) || TryNationalChapter(scan, s, e) || TryAmpersandName(scan, s, e) || TryAfterLeadingDemonym(scan, s, e) || TryAfterLeadingCommonNoun(scan, s, e) || TryPlaceOnPlace(scan, s, e))
        {
            return;
        }

        if (_shape.IsLeadingDescriptor(scan, s, e))
        {
            // "Operator St Mawes Ferry Company said", "Retailer Aeon said": a sentence-initial common noun describes the name after it.
            if (!TryGazetteer(scan, s + 1, e) && !TryCue(scan, s + 1, e) && !_shape.HasGivenName(scan, s + 1, e))
            {
                scan.Add(s + 1, e, EntityType.Organization, MentionKind.Named);
            }

            return;
        }

        if (_shape.IsLeadingPersonNoun(scan, s, e))
        {
            Classify(scan, s + 1, e, retry: false);
            return;
        }

        if (TryChannelOnPlatform(scan, s, e) || TryCompoundBank(scan, s, e) || TryCue(scan, s, e) || TrySplitAfterKnownPossessive(scan, s, e) || TryContext(scan, s, e) || TryNamedAfterCountry(scan, s, e) || TryGazetteerPrefix(scan, s, e))
        {
            return;
        }

        ClassifyAfterRoles(scan, s, e, retry);
    }

    private void ClassifyAfterRoles(SpanScan scan, int s, int e, bool retry)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        var roleStart = s;
        var roleEnd = s;
        var honorific = false;
        while (s < e)
        {
            var demonym = _shape.DemonymLength(text, tokens, s, e);
            var role = demonym > 0 ? 0 : PhraseKey.RoleLength(gaz, text, tokens, s, e);
            if (demonym > 0 || role > 0)
            {
                s += demonym + role;
                roleEnd = role > 0 ? s : roleEnd;
                continue;
            }

            if (gaz.Honorifics.Contains(tokens[s].Core(text)))
            {
                honorific = true;
                s++;
                continue;
            }

            break;
        }

        if (s >= e)
        {
            return;
        }

        // "Mining Minister Aurora Williams", "Transportation Secretary Sean Duffy": a role word inside, a name after it.
        for (var r = s + 1; roleEnd == roleStart && r < e - 1; r++)
        {
            var length = PhraseKey.RoleLength(gaz, text, tokens, r, e);
            if (length > 0 && r + length < e && tokens[r + length].Has(TokenFlags.Capitalized) &&
                (NameWords.IsGivenName(gaz, text, tokens[r + length]) || e - (r + length) == 2))
            {
                s = roleEnd = r + length;
            }
        }

        var hasRole = roleEnd > roleStart;
        var roleText = hasRole ? scan.Surface(roleStart, roleEnd) : null;
        if (s > roleStart && !honorific && TryGazetteer(scan, s, e))
        {
            return;
        }

        for (var c = s + 1; c < e - 1; c++)
        {
            if (!tokens[c].Has(TokenFlags.Capitalized) && NameWords.IsOrgConnector(tokens[c].Core(text)))
            {
                ClassifyRemainder(scan, roleStart, s, c, roleText, honorific, retry);
                var personBefore = scan.Last is { Type: EntityType.Person } left && left.End == c && left.Unit == scan.Last.Unit &&
                    NameWords.Is(text, tokens[c], "of");
                var next = c + 1;
                while (next < e && !tokens[next].Has(TokenFlags.Capitalized))
                {
                    next++;
                }

                if (next < e && roleText is { Length: > 3 } plural && plural[^1] == 's' && NameWords.Is(text, tokens[c], "and") &&
                    scan.Last is { Type: EntityType.Person } firstPerson && firstPerson.End == c)
                {
                    // "Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov": a plural title covers both names.
                    ClassifyRemainder(scan, next, next, e, plural, honorific: false, retry: false);
                }
                else if (next < e)
                {
                    var before = scan.Count;
                    Classify(scan, next, e, retry: false);
                    if (personBefore && scan.Count == before && next == c + 1 && !_shape.HasGivenName(scan, next, e))
                    {
                        // "Analyst J.P. van Rooyen of Clarksons Research": an unknown name after "<person> of" is where they work.
                        scan.Add(next, e, EntityType.Organization, MentionKind.Named);
                    }
                }

                return;
            }
        }

        ClassifyRemainder(scan, roleStart, s, e, roleText, honorific, retry);
    }

    private void ClassifyRemainder(SpanScan scan, int roleStart, int s, int e, string? role, bool honorific, bool retry)
    {
        var tokens = scan.Tokens;
        if (TryCue(scan, s, e) || (!honorific && TryGazetteer(scan, s, e)) || (role is null && !honorific && TryContext(scan, s, e)))
        {
            return;
        }

        if (!tokens[s].Has(TokenFlags.Capitalized))
        {
            return;
        }

        if (role is not null && e - s == 1 && s - roleStart == 1 && gaz.PlaceTitles.Contains(tokens[roleStart].Core(scan.Text)) &&
            (_evidence.PlacePrepositionBefore(scan, roleStart) || _evidence.KnownPlaceAlongside(scan, roleStart, e)) &&
            !_evidence.ReportingVerbAfter(scan, e) && !tokens[s].Has(TokenFlags.Possessive))
        {
            // "a briefing in Prince Albert", "to Prince Albert and Saskatoon": a town named after a person.
            scan.Add(roleStart, e, EntityType.Place, MentionKind.Named);
            return;
        }

        if (role is null && !honorific && s == roleStart && _evidence.PersonNounFrom(scan, s) && !tokens[e - 1].Has(TokenFlags.Possessive) &&
            !NameWords.IsGivenName(gaz, scan.Text, tokens[s]) && !_shape.HasPlaceOrCue(scan, s, e))
        {
            // "a police officer from Gudermes, who asked": the town the person comes from, whatever the appositive says.
            scan.Add(s, e, EntityType.Place, MentionKind.Named);
            return;
        }

        var personCue = _evidence.PersonCueBefore(scan, roleStart) || _evidence.AppositiveAfter(scan, e) || _evidence.PersonalNounAfterPossessive(scan, e) ||
            (e - s >= 2 && _evidence.ReportingVerbBefore(scan, roleStart) && !_shape.HasPlaceOrCue(scan, s, e));
        var noPersonEvidence = !personCue && role is null && !honorific;
        if (noPersonEvidence && _evidence.PlacePrepositionBefore(scan, roleStart) && !tokens[e - 1].Has(TokenFlags.Possessive) &&
            (!_evidence.ReportingVerbAfter(scan, e) || _evidence.NounBeforePreposition(scan, roleStart)) &&
            !NameWords.IsGivenName(gaz, scan.Text, tokens[s]))
        {
            // "in Shymkent", "near Perpignan": an unknown name after a place preposition is a place.
            scan.Add(s, e, EntityType.Place, MentionKind.Named);
            return;
        }

        if (e - s == 1 && noPersonEvidence && _shape.IsAcronym(scan.Text, tokens[s]))
        {
            scan.Add(s, e, EntityType.Organization, MentionKind.Single, strong: true);
            return;
        }

        if (e - s == 1)
        {
            if (!personCue && role is null && !honorific &&
                (_evidence.OrgAppositiveBefore(scan, roleStart) || _evidence.WorkplaceBefore(scan, roleStart) || AfterPersonOf(scan, roleStart) ||
                 ContextEvidence.PostedOn(scan, roleStart)))
            {
                // "wrote on X.": a one-letter name at a sentence end is no initial, so the full stop is not part of it.
                scan.Add(s, e, EntityType.Organization, MentionKind.Named, scan.Surface(s, e).TrimEnd('.'));
                return;
            }

            // "said de Vries": the particles before a lone surname are part of it.
            var particles = role is null && !honorific && s == roleStart ? NameParticles.Before(scan.Text, tokens, s) : 0;
            scan.Add(s - particles, e, EntityType.Person, MentionKind.Single, scan.Surface(s - particles, e), role: role,
                strong: personCue || role is not null || honorific);
            return;
        }

        var familyFirst = _evidence.IsFamilyNameFirst(scan, s, e);
        var afterPreposition = _evidence.OrgPrepositionBefore(scan, roleStart);
        // "Telegram channel Grey Zone claimed": a name introduced by an organization noun is no person for speaking.
        if (role is not null || honorific || familyFirst || personCue || NameWords.IsGivenName(gaz, scan.Text, tokens[s]) ||
            (!afterPreposition && _evidence.ReportingVerbAfter(scan, e) && !_shape.HasPlaceOrCue(scan, s, e) && !_evidence.OrgAppositiveBefore(scan, roleStart)))
        {
            scan.Add(s, e, EntityType.Person, MentionKind.Named, role: role, familyFirst: familyFirst);
            return;
        }

        if (_evidence.OrgAppositiveBefore(scan, roleStart) || _evidence.WorkplaceBefore(scan, roleStart) || AfterPersonOf(scan, roleStart))
        {
            // "carmaker Aurus", "an analyst at Northcoast Research", "Mark O'Sullivan, of TechInsight".
            scan.Add(s, e, EntityType.Organization, MentionKind.Named);
            return;
        }

        if (role is null && !honorific && e - s <= 1 + NameParticles.MaxParticles && NameParticles.IsParticle(tokens[s].Core(scan.Text)))
        {
            // "Von Arnstedt, a German citizen", "De Luca's appeal": a capitalised particle starts a surname; resolution finds whose.
            scan.Add(s, e, EntityType.Person, MentionKind.Single);
            return;
        }

        if (retry && tokens[s].Has(TokenFlags.SentenceStart))
        {
            Classify(scan, s + 1, e, retry: false);
            return;
        }

        // Unknown multi-word span: keep only the gazetteer phrases inside it.
        for (var k = s; k < e;)
        {
            var p = _shape.LongestGazetteer(scan, k, e, out var entry);
            if (entry is not null)
            {
                scan.Add(k, p, entry.Type, MentionKind.Gazetteer, entry: entry);
                k = p;
            }
            else
            {
                k++;
            }
        }
    }

    /// <summary>A geographic noun or appositive, a company list or appositive: the context names the type, whatever the words.</summary>
    private bool TryContext(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        if (!tokens[s].Has(TokenFlags.Capitalized) || gaz.Honorifics.Contains(tokens[s].Core(scan.Text)) ||
            PhraseKey.RoleLength(gaz, scan.Text, tokens, s, e) > 0 || _evidence.IndefiniteBefore(scan, s))
        {
            return false;
        }

        // "SNCF and Renfe, the ... companies": the connector split classifies each name on its own; a sentence-initial
        // single word may be an adjective ("Small island states"); demonyms are never places ("French and Spanish state").
        if (_shape.HasAnd(scan, s, e) || _shape.AllDemonyms(scan, s, e))
        {
            return false;
        }

        EntityType type;
        if ((_context.GeoNounAfter(scan, e) && !(e - s == 1 && tokens[s].Has(TokenFlags.SentenceStart))) || _context.GeoAppositiveAfter(scan, e) || _context.PlaceOfBefore(scan, s) || _context.FromToPlace(scan, s))
        {
            type = EntityType.Place;
        }
        else if (_context.OrgAppositiveAfter(scan, e) || _context.CompanyListItem(scan, s) || _context.CompanyBefore(scan, s) ||
                 (_context.OrgNounAfter(scan, e) && !(e - s == 1 && tokens[s].Has(TokenFlags.SentenceStart))))
        {
            type = EntityType.Organization;
        }
        else if (!_shape.HasGivenName(scan, s, e) && _context.PlaceAfterComma(scan, e))
        {
            type = EntityType.Place;
        }
        else
        {
            return false;
        }

        scan.Add(s, e, type, MentionKind.Named);
        return true;
    }

    /// <summary>"Statistics South Africa", "Environment and Climate Change Canada", "Airports Company South Africa": plain words, then a country.</summary>
    private bool TryNamedAfterCountry(SpanScan scan, int s, int e)
    {
        var p = _shape.CountrySuffixStart(scan, s, e);
        if (p < 0 || (p - s < 2 && scan.Tokens[s].Has(TokenFlags.SentenceStart)))
        {
            return false;
        }

        scan.Add(s, e, EntityType.Organization, MentionKind.Named);
        return true;
    }

    private bool TryGazetteer(SpanScan scan, int s, int e)
    {
        if (PhraseKey.Lookup(gaz, scan.Text, scan.Tokens, s, e) is not { } entry)
        {
            return false;
        }

        scan.Add(s, e, entry.Type, MentionKind.Gazetteer, entry: entry);
        return true;
    }

    // "the Internet Protection Society": a common word capitalised inside a sentence, at the head of a name that an organization
    // word closes, is part of that name ("The" is not: "The Guardian" keeps its own rule).
    private bool IsCapitalisedNameWord(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        return e - s >= 3 && !tokens[s].Has(TokenFlags.SentenceStart) && !tokens[s].Has(TokenFlags.AllCaps) && tokens[s].Core(scan.Text) is not ("The" or "A" or "An") &&
            gaz.OrgCueLookup.TryGetValue(tokens[e - 1].Core(scan.Text), out var position) && (position & OrgCuePosition.Head) != 0;
    }

    // "Jan Ove Isaksen": a given name that is also a listed common word ("Jan." the month) starts a name when more name words follow;
    // full month names ("June Apple said" after "in") are left to the month rule.
    private bool IsGivenNameNotMonth(SpanScan scan, int s, int e) =>
        e - s >= 2 && NameWords.IsGivenName(gaz, scan.Text, scan.Tokens[s]) && scan.Tokens[s].Core(scan.Text) is not ("April" or "May" or "June" or "August") &&
        scan.Tokens[s + 1] is { Kind: TokenKind.Word } next && next.Has(TokenFlags.Capitalized) && !NameWords.IsStopword(gaz, scan.Text, next);

    private bool IsModifiedPlace(SpanScan scan, int s, int e) =>
        scan.Tokens[s].Core(scan.Text) is "Old" or "Upper" or "Lower" or "Greater" or "Inner" or "Outer" &&
        PhraseKey.Lookup(gaz, scan.Text, scan.Tokens, s + 1, e) is { Type: EntityType.Place };

    /// <summary>"Ewha University", "Kim Il Sung Square", "University of Oslo": a cue word makes the whole span one name.</summary>
    private bool TryCue(SpanScan scan, int s, int e)
    {
        if (e - s < 2)
        {
            return false;
        }

        var text = scan.Text;
        var tokens = scan.Tokens;
        var last = tokens[e - 1].Core(text);
        if (_shape.StartsWithPersonBeforeConnector(scan, s, e) || _shape.KnownNameBeforeAnd(scan, s, e))
        {
            // "Chief Tammy Cook-Searson of the Lac La Ronge Indian Band": a person, then an organization.
            return false;
        }

        EntityType type;
        if (gaz.OrgCueLookup.TryGetValue(last, out var position) && (position & OrgCuePosition.Head) != 0)
        {
            type = EntityType.Organization;
        }
        else if (gaz.PlaceCues.Contains(last) || gaz.PlaceLeads.Contains(tokens[s].Core(text)) || IsModifiedPlace(scan, s, e))
        {
            // "Old Mysore", "Greater Manchester", "Upper Egypt": a listed place under a fixed modifier is its own place.
            // "Carrick Roads", "Berlin Hauptbahnhof"; "Cape York", "Port Douglas", "Palais des Nations".
            type = EntityType.Place;
        }
        else if (e - s >= 3 && gaz.OrgCueLookup.TryGetValue(tokens[s].Core(text), out position) && (position & OrgCuePosition.Lead) != 0 &&
                 (NameWords.IsOrgConnector(tokens[s + 1].Core(text)) || NameWords.IsRomanceConnector(tokens[s + 1].Core(text))))
        {
            // "Ligue de Football Professionnel", "Banco de la Nación Argentina": a listed lead, then de/des/del.
            type = EntityType.Organization;
        }
        else if (e - s >= 3 && HasInnerPreposition(scan, s, e))
        {
            // "Crew Against Torture", "Mothers Without Borders": a name built around Against/Without names a group.
            type = EntityType.Organization;
        }
        else if (gaz.OrgCueLookup.TryGetValue(tokens[s].Core(text), out position) && (position & OrgCuePosition.Prefix) != 0)
        {
            // "PJSC Gazprom", "OJSC Aeroflot": a Russian legal form before the company's name; the name alone is its canonical form,
            // so a later bare "Gazprom" is the same one.
            var company = PhraseKey.Lookup(gaz, text, tokens, s + 1, e) is { Type: EntityType.Organization } listed
                ? listed
                : new GazetteerEntry(EntityType.Organization, scan.Surface(s + 1, e));
            scan.Add(s, e, EntityType.Organization, MentionKind.Gazetteer, entry: company);
            return true;
        }
        else if (_shape.CueBeforeConnector(scan, s, e))
        {
            type = EntityType.Organization;
        }
        else
        {
            return false;
        }

        // "an Orthodox Church", "a Security Council": a common noun, not a name.
        if (!_evidence.IndefiniteBefore(scan, s))
        {
            scan.Add(s, e, type, MentionKind.Named);
        }

        return true;
    }

    /// <summary>"Bank of England Governor Andrew Bailey", "Moscow Mayor Sergei Sobyanin": a known name, then more.</summary>
    private bool TryGazetteerPrefix(SpanScan scan, int s, int e)
    {
        var p = _shape.LongestGazetteer(scan, s, e, out var entry);
        if (entry is null || p >= e)
        {
            return false;
        }

        var tokens = scan.Tokens;
        var text = scan.Text;
        if (PhraseKey.RoleLength(gaz, text, tokens, s, e) >= p - s)
        {
            // "U.S. District Judge Rebecca Alston": the known name is part of a title, as "U.S." is part of "U.S. Coast Guard".
            return false;
        }

        var restIsName = PhraseKey.RoleLength(gaz, text, tokens, p, e) > 0 || _shape.DemonymLength(text, tokens, p, e) > 0 ||
            gaz.Honorifics.Contains(tokens[p].Core(text)) || NameWords.IsGivenName(gaz, text, tokens[p]) ||
            PhraseKey.Lookup(gaz, text, tokens, p, e) is not null;
        if (p - s < 2 && !restIsName)
        {
            return false;
        }

        scan.Add(s, p, entry.Type, MentionKind.Gazetteer, entry: entry);
        while (p < e && !tokens[p].Has(TokenFlags.Capitalized))
        {
            p++;
        }

        if (p < e)
        {
            Classify(scan, p, e, retry: false);
        }

        return true;
    }
}
