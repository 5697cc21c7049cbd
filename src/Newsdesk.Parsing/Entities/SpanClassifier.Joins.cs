using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Spans that join two names with "and", and national chapters of international organizations.</summary>
internal sealed partial class SpanClassifier
{
    // Legal-form suffixes that close a company name: "Samsung Electronics Co. and Intel Corp." are two companies.
    private static readonly System.Collections.Frozen.FrozenSet<string> LegalForms = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Co", "Corp", "Inc", "Ltd", "LLC", "PLC", "plc", "AG", "SA", "NV", "AB", "ASA", "SE", "SpA", "GmbH", "BV", "Oyj", "Bhd", "Tbk"],
        StringComparer.Ordinal);

    /// <summary>
    /// "Samsung Electronics Co. and Intel Corp.": a legal form before "and" ends the first company; "Georgian and European Union
    /// flags": a demonym before "and" is no part of the known name after it. Each side is classified on its own.
    /// </summary>
    private bool TrySplitAtAnd(SpanScan scan, int s, int e)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        for (var c = s + 1; c < e - 1; c++)
        {
            if (!NameWords.Is(text, tokens[c], "and"))
            {
                continue;
            }

            // "Sovcombank and Promsvyazbank": a compound bank name on either side makes two companies.
            var legalForm = LegalForms.Contains(tokens[c - 1].Core(text).TrimEnd('.').ToString()) || TwoCompanies(scan, s, c, e) ||
                (c - s == 1 && IsCompoundBank(text, tokens[s])) || (e - c == 2 && IsCompoundBank(text, tokens[c + 1]));
            var demonymFirst = _shape.DemonymLength(text, tokens, s, c) == c - s && PhraseKey.Lookup(gaz, text, tokens, c + 1, e) is not null;
            if (!legalForm && !demonymFirst)
            {
                return false;
            }

            if (legalForm)
            {
                Classify(scan, s, c, retry: false);
            }

            Classify(scan, c + 1, e, retry: false);
            return true;
        }

        return false;
    }

    // "Toyota Motor and Panasonic Holdings": two names of two or more words, each closed by an organization head word, with no
    // connector inside the first ("Department of Energy and ..." stays whole; "Westmorland and Furness Council" has a one-word first part).
    private bool TwoCompanies(SpanScan scan, int s, int c, int e)
    {
        var text = scan.Text;
        var tokens = scan.Tokens;
        if (c - s < 2 || e - c - 1 < 2 || !IsOrgHead(tokens[c - 1].Core(text)) || !IsOrgHead(tokens[e - 1].Core(text)))
        {
            return false;
        }

        for (var k = s; k < c; k++)
        {
            if (!tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOrgHead(ReadOnlySpan<char> word) =>
        gaz.OrgCueLookup.TryGetValue(word, out var position) && (position & Gazetteers.OrgCuePosition.Head) != 0;

    /// <summary>
    /// "Russia's Belgorod region", "China's Xinjiang": a known name in the possessive (kept in the span because it starts a listed
    /// phrase such as "Russia's Far East") owns the name after it; each is classified on its own.
    /// </summary>
    private bool TrySplitAfterKnownPossessive(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        for (var k = s; k < e - 1; k++)
        {
            if (!tokens[k].Has(TokenFlags.Possessive))
            {
                continue;
            }

            if (PhraseKey.Lookup(gaz, scan.Text, tokens, s, k + 1) is null)
            {
                return false;
            }

            Classify(scan, s, k + 1, retry: false);
            Classify(scan, k + 1, e, retry: false);
            return true;
        }

        return false;
    }

    /// <summary>"Transparency International Georgia", "Amnesty International UK": an international organization's national chapter is one name.</summary>
    private bool TryNationalChapter(SpanScan scan, int s, int e)
    {
        var p = _shape.LongestGazetteer(scan, s, e, out var entry);
        if (entry is not { Type: EntityType.Organization } || p >= e || !NameWords.Is(scan.Text, scan.Tokens[p - 1], "International") ||
            PhraseKey.Lookup(gaz, scan.Text, scan.Tokens, p, e) is not { Type: EntityType.Place, CountryCode: not null })
        {
            return false;
        }

        scan.Add(s, e, EntityType.Organization, MentionKind.Named);
        return true;
    }
}
