using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Decides what a capitalised span names: a gazetteer phrase, an organization or place by its cue
/// word, a person by given name / role title / East Asian name form / context, or a single word to
/// resolve later. Names inside a longer name are not split out ("Kim Il Sung Square").
/// </summary>
internal sealed class SpanClassifier(Gazetteer gaz)
{
    private readonly PersonEvidence _evidence = new(gaz);
    private readonly SpanShape _shape = new(gaz);

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
        while (s < e && NameWords.IsStopword(gaz, text, tokens[s]))
        {
            s++;
        }

        if (s >= e || (s > start && TryGazetteer(scan, s, e)))
        {
            return;
        }

        if (TryCue(scan, s, e) || TryGazetteerPrefix(scan, s, e))
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
                var next = c + 1;
                while (next < e && !tokens[next].Has(TokenFlags.Capitalized))
                {
                    next++;
                }

                if (next < e)
                {
                    Classify(scan, next, e, retry: false);
                }

                return;
            }
        }

        ClassifyRemainder(scan, roleStart, s, e, roleText, honorific, retry);
    }

    private void ClassifyRemainder(SpanScan scan, int roleStart, int s, int e, string? role, bool honorific, bool retry)
    {
        var tokens = scan.Tokens;
        if (TryCue(scan, s, e) || (!honorific && TryGazetteer(scan, s, e)))
        {
            return;
        }

        if (!tokens[s].Has(TokenFlags.Capitalized))
        {
            return;
        }

        var personCue = _evidence.PersonCueBefore(scan, roleStart) || _evidence.AppositiveAfter(scan, e) ||
            (e - s >= 2 && _evidence.ReportingVerbBefore(scan, roleStart) && !_shape.HasPlaceOrCue(scan, s, e));
        var noPersonEvidence = !personCue && role is null && !honorific;
        if (noPersonEvidence && _evidence.PlacePrepositionBefore(scan, roleStart) && !tokens[e - 1].Has(TokenFlags.Possessive) &&
            !_evidence.ReportingVerbAfter(scan, e) &&
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
            if (!personCue && role is null && !honorific && _evidence.OrgAppositiveBefore(scan, roleStart))
            {
                scan.Add(s, e, EntityType.Organization, MentionKind.Named);
                return;
            }

            scan.Add(s, e, EntityType.Person, MentionKind.Single, role: role, strong: personCue || role is not null || honorific);
            return;
        }

        var familyFirst = _evidence.IsFamilyNameFirst(scan, s, e);
        var afterPreposition = _evidence.OrgPrepositionBefore(scan, roleStart);
        if (role is not null || honorific || familyFirst || personCue || NameWords.IsGivenName(gaz, scan.Text, tokens[s]) ||
            (!afterPreposition && _evidence.ReportingVerbAfter(scan, e) && !_shape.HasPlaceOrCue(scan, s, e)))
        {
            scan.Add(s, e, EntityType.Person, MentionKind.Named, role: role, familyFirst: familyFirst);
            return;
        }

        if (_evidence.OrgAppositiveBefore(scan, roleStart) || _evidence.WorkplaceBefore(scan, roleStart))
        {
            // "carmaker Aurus", "an analyst at Northcoast Research".
            scan.Add(s, e, EntityType.Organization, MentionKind.Named);
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

    private bool TryGazetteer(SpanScan scan, int s, int e)
    {
        if (PhraseKey.Lookup(gaz, scan.Text, scan.Tokens, s, e) is not { } entry)
        {
            return false;
        }

        scan.Add(s, e, entry.Type, MentionKind.Gazetteer, entry: entry);
        return true;
    }

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
        else if (gaz.PlaceCues.Contains(last))
        {
            type = EntityType.Place;
        }
        else if (e - s >= 3 && gaz.OrgCueLookup.TryGetValue(tokens[s].Core(text), out position) && (position & OrgCuePosition.Lead) != 0 &&
                 NameWords.IsOrgConnector(tokens[s + 1].Core(text)))
        {
            type = EntityType.Organization;
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
