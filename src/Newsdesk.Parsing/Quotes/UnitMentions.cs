using Newsdesk.Parsing.Entities;

namespace Newsdesk.Parsing.Quotes;

/// <summary>Per-token index of a unit's resolved mentions: which mention starts or ends at each token.</summary>
internal sealed class UnitMentions
{
    private readonly int[] _startAt;
    private readonly int[] _endAt;
    private readonly List<Mention> _mentions;

    /// <summary>Indexes one unit.</summary>
    public UnitMentions(TextUnit unit, List<Mention> mentions)
    {
        _mentions = mentions;
        if (mentions.Count == 0)
        {
            // Most paragraphs of a long page name no one: empty tables answer null for every token, as the filled ones would.
            _startAt = [];
            _endAt = [];
            return;
        }

        _startAt = new int[unit.Tokens.Length + 1];
        _endAt = new int[unit.Tokens.Length + 1];
        Array.Fill(_startAt, -1);
        Array.Fill(_endAt, -1);
        for (var i = 0; i < mentions.Count; i++)
        {
            _startAt[mentions[i].Start] = i;
            _endAt[mentions[i].End - 1] = i;
        }
    }

    /// <summary>The mention whose first token is <paramref name="token"/>.</summary>
    public Mention? StartingAt(int token) => token >= 0 && token < _startAt.Length && _startAt[token] >= 0 ? _mentions[_startAt[token]] : null;

    /// <summary>The mention whose last token is <paramref name="token"/>.</summary>
    public Mention? EndingAt(int token) => token >= 0 && token < _endAt.Length && _endAt[token] >= 0 ? _mentions[_endAt[token]] : null;

    /// <summary>Whether a mention starting in tokens [<paramref name="from"/>, <paramref name="to"/>) satisfies <paramref name="predicate"/>.</summary>
    public bool AnyBetween(int from, int to, Func<Mention, bool> predicate)
    {
        for (var k = Math.Max(0, from); k < to && k < _startAt.Length; k++)
        {
            if (_startAt[k] >= 0 && predicate(_mentions[_startAt[k]]))
            {
                return true;
            }
        }

        return false;
    }
}
