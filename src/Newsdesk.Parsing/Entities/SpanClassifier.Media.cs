using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Names that only their form or the platform after them identify: Telegram channels and compound bank names.</summary>
internal sealed partial class SpanClassifier
{
    /// <summary>
    /// "the Baza Telegram channel reported", "the Ostorozhno Novosti Telegram channel": a name, then a listed platform, then
    /// "channel"/"account" is an outlet on that platform; both are organizations.
    /// </summary>
    private bool TryChannelOnPlatform(SpanScan scan, int s, int e)
    {
        var tokens = scan.Tokens;
        var text = scan.Text;
        if (e - s < 2 || e >= tokens.Length || tokens[e] is not { Kind: TokenKind.Word } after || after.Has(TokenFlags.Capitalized) ||
            after.Sentence != tokens[e - 1].Sentence || after.Core(text) is not ("channel" or "channels" or "account") ||
            tokens[e - 2].Has(TokenFlags.Possessive) || PhraseKey.Lookup(gaz, text, tokens, e - 1, e) is not { Type: EntityType.Organization } platform ||
            _shape.HasGivenName(scan, s, e - 1))
        {
            return false;
        }

        if (!TryGazetteer(scan, s, e - 1))
        {
            scan.Add(s, e - 1, EntityType.Organization, MentionKind.Named);
        }

        scan.Add(e - 1, e, platform.Type, MentionKind.Gazetteer, entry: platform);
        return true;
    }

    /// <summary>"Gazprombank", "Sovcombank", "Raiffeisenbank": one word closed by "bank" names a bank.</summary>
    private static bool TryCompoundBank(SpanScan scan, int s, int e)
    {
        if (e - s != 1)
        {
            return false;
        }

        if (!IsCompoundBank(scan.Text, scan.Tokens[s]))
        {
            return false;
        }

        scan.Add(s, e, EntityType.Organization, MentionKind.Named);
        return true;
    }

    /// <summary>Whether the word is one capitalised compound closed by "bank" ("Sovcombank"; not "BANK").</summary>
    private static bool IsCompoundBank(string text, Token token) =>
        token.Core(text) is { Length: >= 7 } word && word.EndsWith("bank", StringComparison.Ordinal) && !token.Has(TokenFlags.AllCaps);

    // Inner capitalised "Against"/"Without" of a name; the name finder only lets them in between two name words.
    private static bool HasInnerPreposition(SpanScan scan, int s, int e)
    {
        for (var k = s + 1; k < e - 1; k++)
        {
            if (scan.Tokens[k].Core(scan.Text) is "Against" or "Without")
            {
                return true;
            }
        }

        return false;
    }
}
