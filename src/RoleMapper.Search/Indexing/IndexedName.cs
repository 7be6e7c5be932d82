namespace RoleMapper.Search.Indexing;

public enum NameKind
{
    Title,
    JobTitle,
    Keyword,
}

/// <summary>
/// One name of a standard (its title, a typical job title or a keyword) as analysed words, ready to compare with a
/// query in a few integer comparisons: word ids by position, and how much each position weighs (rare words more).
/// </summary>
internal sealed class IndexedName(string text, NameKind kind, int[] terms, string[] written, float[] weights)
{
    /// <summary>Names longer than this are compared on their first words only; no real job title is that long.</summary>
    public const int MaxTerms = 24;

    /// <summary>As written in the feed, for reasons.</summary>
    public string Text { get; } = text;
    public NameKind Kind { get; } = kind;
    public int[] Terms { get; } = terms;
    /// <summary>Each position's word as written (lower case), to tell "workers" (the same word) from "organisation"
    /// (another word with the same stem as "organiser").</summary>
    public string[] Written { get; } = written;
    public float[] Weights { get; } = weights;
    public float TotalWeight { get; } = weights.Sum();

    /// <summary>Bit i set when position i holds <paramref name="term"/>.</summary>
    public int Positions(int term)
    {
        var mask = 0;
        for (var i = 0; i < Terms.Length; i++)
        {
            if (Terms[i] == term)
            {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    public float WeightOf(int positions)
    {
        var sum = 0f;
        for (var i = 0; i < Weights.Length; i++)
        {
            if ((positions & (1 << i)) != 0)
            {
                sum += Weights[i];
            }
        }
        return sum;
    }
}
