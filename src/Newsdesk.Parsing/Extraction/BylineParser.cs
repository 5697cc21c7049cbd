using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Parses one raw byline into authors: "By A and B", "A, B and C", "A for AFP", "By A | Reuters",
/// "A (Reuters)", "A, Associated Press", "A in Kyiv", "Reporting by A; Editing by B" (editors dropped).
/// Titles ("Dr."), roles ("Senior Correspondent"), dates, e-mails and handles are removed.
/// </summary>
internal static partial class BylineParser
{
    // "Von"/"Por"/"Par"/"Door"/"Di"/"Av" (de, es, fr, nl, it, sv/no) only before two capitalised words: "Von Katrin Vogelsang", not the name "Von Miller".
    [GeneratedRegex(@"^(?:(?:written|words|story|text|report|reported|reporting)\s+)?by\s*:?\s+|^(?:von|por|par|door|di|av|af)\s*:?\s+(?=\p{Lu}\S*\s+\p{Lu})|^(?:text|texto|texte|testo|текст|автор|author|autor|auteur|autore|verfasser)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(?:by|von|por|par|door)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareBy();

    [GeneratedRegex(@"\s+(?:\||·|•|—|–|-{1,2})\s+|\s*\n\s*")]
    private static partial Regex SegmentSeparator();

    [GeneratedRegex(@"\s*(?:,\s*(?:and|AND|&)\s+|\s+(?:and|AND|&|with|et|und|y|e)\s+|;\s*|,\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    // "@handle" also right after a name: "Jane Doe@janedoe" is two links rendered without a space.
    [GeneratedRegex(@"\S+@\S+\.\S+|@\w+|https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex ContactJunk();

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<aff>[^()]{2,60})\)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ParenthesisedAffiliation();

    [GeneratedRegex(@"^(?<name>.+?)\s+for\s+(?:the\s+)?(?<aff>\p{Lu}.{1,60})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ForAffiliation();

    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}\p{M}'’.\- ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocationSuffix();

    [GeneratedRegex(@"^(?<org>\p{Lu}[\p{L}\p{M}&'’.\-]*(?: \p{Lu}[\p{L}\p{M}&'’.\-]*){0,3}) staff (?:writer|reporter|correspondent|journalist)s?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex StaffRole();

    [GeneratedRegex(@"^(?:(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame|rev|fr|gen|col|capt|sen|rep)\.?\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();

    /// <summary>The authors a byline names, in order; empty when it names none.</summary>
    public static List<Author> Parse(string? byline)
    {
        var authors = new List<Author>();
        if (string.IsNullOrWhiteSpace(byline) || byline.Length > 600)
        {
            return authors;
        }

        // Lines are kept (each collapsed): "Jane Doe\nMonday, May 4" and "By A and B\nAssociated Press" are separate segments.
        var lines = byline.Split('\n').Select(l => TextTools.Collapse(l)).Where(l => l.Length > 0).ToList();
        if (lines.Count > 1 && BareBy().IsMatch(lines[0]))
        {
            lines.RemoveAt(0); // "By" on a line of its own, the names below it.
        }

        var text = string.Join('\n', lines).Trim('*', '_', ' ');
        if (WireCredits.IsCreditLine(text) && (text.Contains(';') || text.Split(" by ", StringSplitOptions.None).Length > 2))
        {
            foreach (var name in WireCredits.Reporters(text))
            {
                AddName(authors, name, null);
            }

            return authors;
        }

        text = ContactJunk().Replace(ByPrefix().Replace(text, ""), " ");
        string? sharedAffiliation = null;
        var segments = SegmentSeparator().Split(text);
        for (var i = 1; i < segments.Length; i++)
        {
            // "By A | Reuters": a later segment naming an organization is everyone's affiliation; dates and roles are dropped.
            var segment = segments[i].Trim();
            if (sharedAffiliation is null && Organizations.IsOrganization(segment))
            {
                sharedAffiliation = segment;
            }
        }

        var pendingStart = authors.Count;
        var organizationNames = new List<string>();
        foreach (var raw in NameSeparator().Split(segments[0]))
        {
            var token = raw.Trim().Trim('.', ',', ';', ':', ' ');
            if (token.Length == 0 || DateTextParser.Find(token) is not null)
            {
                continue;
            }

            // "A, Associated Press": an organization after names is their affiliation.
            if (!LooksLikeFor(token) && Organizations.IsOrganization(token) && OrganizationTail(token) is null)
            {
                if (authors.Count > pendingStart)
                {
                    for (var i = pendingStart; i < authors.Count; i++)
                    {
                        authors[i] = authors[i] with { Affiliation = authors[i].Affiliation ?? token };
                    }
                }
                else if (authors.Count == 0)
                {
                    sharedAffiliation ??= token;
                    organizationNames.Add(token);
                }

                pendingStart = authors.Count;
                continue;
            }

            if (StaffRole().Match(token) is { Success: true } staff)
            {
                // "By KENJI WATANABE, Nikkei staff writer", "Los Angeles Times staff reporter": the outlet before "staff" is the affiliation.
                for (var i = pendingStart; i < authors.Count; i++)
                {
                    authors[i] = authors[i] with { Affiliation = authors[i].Affiliation ?? staff.Groups["org"].Value.Trim() };
                }

                pendingStart = authors.Count;
                continue;
            }

            if (Roles.IsRole(token) || IsCredential(token))
            {
                continue;
            }

            string? affiliation = null;
            if (CapitalsTail(token) is { } tail)
            {
                // "Kevin McCoy USA TODAY": a mixed-case name followed by words in capitals is a name and its outlet.
                affiliation = token[tail..].Trim();
                token = token[..tail].Trim();
            }
            else if (ParenthesisedAffiliation().Match(token) is { Success: true } paren)
            {
                token = paren.Groups["name"].Value;
                affiliation = paren.Groups["aff"].Value.Trim();
            }
            else if (ForAffiliation().Match(token) is { Success: true } forMatch)
            {
                token = forMatch.Groups["name"].Value;
                affiliation = forMatch.Groups["aff"].Value.Trim();
            }
            else if (OrganizationTail(token) is { } orgTail)
            {
                // "MARCUS DELGADO-FINCH Associated Press": a name, then a known organization with no separator.
                affiliation = token[orgTail..].Trim();
                token = token[..orgTail].Trim();
            }

            if (AddName(authors, token, affiliation) && affiliation is not null)
            {
                // "A, B for Bloomberg", "A and B (AFP)": the affiliation closes the list of names before it.
                for (var i = pendingStart; i < authors.Count - 1; i++)
                {
                    authors[i] = authors[i] with { Affiliation = authors[i].Affiliation ?? authors[^1].Affiliation };
                }

                pendingStart = authors.Count;
            }
        }

        if (authors.Count == 0 && sharedAffiliation is not null)
        {
            // "By AFP", "By Reuters Staff", "By The Moscow Times and AFP": organization bylines, used only when no person is named.
            foreach (var organization in organizationNames.Count > 0 ? organizationNames : [sharedAffiliation])
            {
                if (!authors.Exists(a => string.Equals(a.Name, Organizations.Trim(organization), StringComparison.OrdinalIgnoreCase)))
                {
                    authors.Add(new Author(Organizations.Trim(organization)));
                }
            }

            return authors;
        }

        if (sharedAffiliation is not null)
        {
            for (var i = 0; i < authors.Count; i++)
            {
                authors[i] = authors[i] with { Affiliation = authors[i].Affiliation ?? sharedAffiliation };
            }
        }

        if (!text.Any(char.IsLower))
        {
            // A byline all in capitals has lost its case: names are title-cased (CleanName), and so are
            // outlet names, unless the outlet table or the agency list knows how they are written.
            for (var i = 0; i < authors.Count; i++)
            {
                authors[i] = authors[i] with { Affiliation = RecaseAffiliation(authors[i].Affiliation) };
            }
        }

        return authors;
    }

    private static string? RecaseAffiliation(string? affiliation)
    {
        if (affiliation is null || affiliation.Any(char.IsLower) || Organizations.IsAgency(affiliation) || !affiliation.Contains(' '))
        {
            return affiliation;
        }

        return OutletCatalog.ByNameOrAlias(affiliation)?.Name ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(affiliation.ToLowerInvariant());
    }

    /// <summary>Cleans a person's name: no titles, no location suffix, ALL CAPS to Title Case; null when it is not a name.</summary>
    public static string? CleanName(string raw)
    {
        var name = LocationSuffix().Replace(raw.Trim(), "");
        name = TitlePrefix().Replace(name, "").Trim().Trim('.', ',', '*', '_', '(', ')', '[', ']', ' ');
        if (name.Length < 2 || name.Length > 60 || name.Any(char.IsDigit) || !char.IsLetter(name[0]))
        {
            return null;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6)
        {
            return null;
        }

        foreach (var word in words)
        {
            if (char.IsLower(word[0]) && !Roles.IsNameParticle(word))
            {
                return null;
            }
        }

        if (name.Any(char.IsLower))
        {
            return string.Join(' ', words);
        }

        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', words).ToLowerInvariant());
    }

    // Degrees and professional credentials after a name ("Jane Doe, MS, RDN"): not names of further authors.
    private static readonly System.Collections.Frozen.FrozenSet<string> Credentials = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["MS", "MSc", "MA", "MBA", "MPH", "MFA", "PhD", "MD", "DO", "RN", "RD", "RDN", "LD", "CPT", "CSCS", "JD", "Esq", "DDS", "DVM", "PharmD", "LCSW", "CFA", "CPA", "CFP", "BSc", "BA", "FRCP"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsCredential(string token) => Credentials.Contains(token.Replace(".", "", StringComparison.Ordinal));

    /// <summary>Where a run of ALL-CAPS words that ends the token starts, when at least two mixed-case words come before it.</summary>
    /// <summary>Where a known organization of one to four words ends the token after a name of two words or more, or null.</summary>
    private static int? OrganizationTail(string token)
    {
        var words = token.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words.Length > 10 || words.Any(w => w is "for" or "with" or "and" or "of" or "in" || w.Contains('(')))
        {
            return null;
        }

        for (var k = Math.Min(4, words.Length - 2); k >= 1; k--)
        {
            var tail = string.Join(' ', words[^k..]);
            // The name before it in capitals (its case lost: "MARCUS DELGADO-FINCH Associated Press"), or the tail a
            // news agency ("Ana Lima Reuters"): "Kyiv Independent News Desk" stays one organization.
            var prefix = string.Join(' ', words[..^k]);
            if (Organizations.IsOrganization(tail) && !prefix.StartsWith("The ", StringComparison.OrdinalIgnoreCase)
                && (Organizations.IsAgency(tail) || (prefix.Any(char.IsLetter) && prefix.Where(char.IsLetter).All(char.IsUpper))))
            {
                return token.LastIndexOf(tail, StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static int? CapitalsTail(string token)
    {
        var words = token.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var caps = 0;
        while (caps < words.Length && IsCapitals(words[^(caps + 1)]))
        {
            caps++;
        }

        var mixed = words.Length - caps;
        if (caps == 0 || mixed < 2 || words.Take(mixed).Any(w => IsCapitals(w) || !char.IsUpper(w[0])))
        {
            return null;
        }

        // One word in capitals may be a surname written the French way ("Jean DUPONT"); it counts only as a known organization.
        var at = token.LastIndexOf(words[mixed], StringComparison.Ordinal);
        return at >= 0 && (caps >= 2 || Organizations.IsOrganization(token[at..])) ? at : null;
    }

    private static bool IsCapitals(string word) => word.Length >= 2 && word.Any(char.IsLetter) && !word.Any(char.IsLower);

    private static bool LooksLikeFor(string token) => token.Contains(" for ", StringComparison.Ordinal);

    private static bool AddName(List<Author> authors, string raw, string? affiliation)
    {
        var name = CleanName(raw);
        if (name is null)
        {
            return false;
        }

        for (var i = 0; i < authors.Count; i++)
        {
            if (string.Equals(authors[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                authors[i] = authors[i] with { Affiliation = authors[i].Affiliation ?? affiliation };
                return false;
            }
        }

        authors.Add(new Author(name, affiliation is null ? null : Organizations.Trim(affiliation)));
        return true;
    }
}
