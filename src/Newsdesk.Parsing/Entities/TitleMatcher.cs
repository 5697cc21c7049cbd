using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Titles and headings capitalise every word, so no new person or organization is guessed there:
/// only names the body already resolved (full or short forms) and gazetteer phrases count.
/// </summary>
internal sealed class TitleMatcher(Gazetteer gaz)
{
    /// <summary>Adds the mentions of one title-case unit, resolved against the article's entities.</summary>
    public void Match(TextUnit unit, int unitIndex, List<EntityBuild> entities, Dictionary<string, int> known, List<Mention> into)
    {
        var scan = new SpanScan(unit, unitIndex, into);
        var tokens = unit.Tokens;
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[PhraseKey.MaxLength];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !tokens[i].Has(TokenFlags.Capitalized))
            {
                continue;
            }

            var bestEnd = -1;
            var bestEntity = -1;
            GazetteerEntry? bestEntry = null;
            for (var k = i + 1; k <= tokens.Length && k - i <= 6 && tokens[k - 1].Kind == TokenKind.Word; k++)
            {
                var length = PhraseKey.Write(buffer, unit.Text, tokens, i, k);
                if (length <= 0)
                {
                    break;
                }

                if (lookup.TryGetValue(buffer[..length], out var entity))
                {
                    (bestEnd, bestEntity, bestEntry) = (k, entity, null);
                }
                else if (PhraseKey.Lookup(gaz, unit.Text, tokens, i, k, ignoreCase: tokens[i].Has(TokenFlags.AllCaps)) is { } entry)
                {
                    (bestEnd, bestEntity, bestEntry) = (k, -1, entry);
                }

                if (tokens[k - 1].Has(TokenFlags.Possessive))
                {
                    break;
                }
            }

            if (bestEnd < 0)
            {
                continue;
            }

            if (bestEntry is { Type: EntityType.Organization } && bestEnd - i >= 3 && gaz.DemonymLookup.Contains(tokens[i].Core(unit.Text)) &&
                PhraseKey.Write(buffer, unit.Text, tokens, i + 1, bestEnd) is > 0 and var rest && lookup.TryGetValue(buffer[..rest], out var body) &&
                entities[body].Type == EntityType.Organization && !known.ContainsKey(bestEntry.Canonical))
            {
                // "Russian Central Bank Holds Rate" over a body that says "the Central Bank": the demonym only says whose bank it is.
                (bestEntity, bestEntry) = (body, null);
            }

            var mention = scan.Add(i, bestEnd, bestEntry?.Type ?? entities[bestEntity].Type, MentionKind.Gazetteer, entry: bestEntry);
            if (bestEntity < 0)
            {
                bestEntity = FindOrAdd(entities, known, mention);
            }

            entities[bestEntity].Add(mention, bestEntity);
            i = bestEnd - 1;
        }
    }

    /// <summary>Every name, alias and unambiguous-enough short form of the article's entities.</summary>
    public static Dictionary<string, int> KnownForms(List<EntityBuild> entities)
    {
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            known.TryAdd(e.Canonical, i);
            foreach (var form in e.Forms)
            {
                if (!known.TryGetValue(form, out var other) || entities[other].Count < e.Count)
                {
                    known[form] = i;
                }
            }

            if (e.ShortKey is { } key && (!known.TryGetValue(key, out var holder) ||
                (entities[holder].Type == EntityType.Person && entities[holder].Count < e.Count)))
            {
                known[key] = i;
            }
        }

        return known;
    }

    private static int FindOrAdd(List<EntityBuild> entities, Dictionary<string, int> known, Mention mention)
    {
        var name = mention.Canonical ?? mention.Surface;
        if (known.TryGetValue(name, out var index) && entities[index].Type == mention.Type)
        {
            return index;
        }

        index = entities.Count;
        entities.Add(new EntityBuild(mention.Type, name, mention.CountryCode));
        known[name] = index;
        return index;
    }
}
