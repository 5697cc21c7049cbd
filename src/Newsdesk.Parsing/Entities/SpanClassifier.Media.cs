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

        var word = scan.Tokens[s].Core(scan.Text);
        if (word.Length < 7 || !word.EndsWith("bank", StringComparison.Ordinal) || scan.Tokens[s].Has(TokenFlags.AllCaps))
        {
            return false;
        }

        scan.Add(s, e, EntityType.Organization, MentionKind.Named);
        return true;
    }
}
