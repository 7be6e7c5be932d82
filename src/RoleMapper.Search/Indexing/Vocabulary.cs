namespace RoleMapper.Search.Indexing;

/// <summary>
/// Every stemmed word of the indexed standards, numbered, with how much it says: words found in few names ("planning")
/// weigh more than words found in many ("officer", "manager"). Weights are inverse document frequencies over names
/// (titles, job titles, keywords), not over whole standards, because a title is matched against one name at a time.
/// Each stem also keeps one word as written, so reasons can say "waste" rather than the stem "wast".
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> written = [];
    private readonly List<string> stems = [];
    private readonly List<int> nameCounts = [];
    private readonly Dictionary<(int Id, string Written), int> writtenCounts = [];
    private readonly HashSet<(int First, int Second)> pairs = [];
    private float[] weights = [];

    public int Count => written.Count;
    public int NameCount { get; private set; }
    /// <summary>The weight of a word no name uses: as rare as a word can be.</summary>
    public float MaxWeight { get; private set; }
    /// <summary>Words as written in titles, job titles and keywords (lower case), for splitting run-together words.</summary>
    public HashSet<string> WrittenNameWords { get; } = new(StringComparer.Ordinal);

    public int Find(string stem) => ids.TryGetValue(stem, out var id) ? id : -1;

    public bool InNames(int id) => id >= 0 && nameCounts[id] > 0;

    public float Weight(int id) => id >= 0 && id < weights.Length && nameCounts[id] > 0 ? weights[id] : MaxWeight;

    public string Written(int id) => written[id];

    /// <summary>Whether some name has these two words side by side, in this order ("civil engineering").</summary>
    public bool Follows(int first, int second) => pairs.Contains((first, second));

    public string Stem(int id) => stems[id];

    public int Add(string stem, string asWritten)
    {
        if (!ids.TryGetValue(stem, out var id))
        {
            id = written.Count;
            ids[stem] = id;
            written.Add(asWritten);
            stems.Add(stem);
            nameCounts.Add(0);
        }
        return id;
    }

    /// <summary>Counts one name; each distinct word in it counts once.</summary>
    public void CountName(IReadOnlyList<int> terms, IReadOnlyList<string> writtenWords)
    {
        NameCount++;
        foreach (var id in terms.Distinct())
        {
            nameCounts[id]++;
        }
        for (var i = 0; i < terms.Count; i++)
        {
            writtenCounts[(terms[i], writtenWords[i])] = writtenCounts.GetValueOrDefault((terms[i], writtenWords[i])) + 1;
        }
        WrittenNameWords.UnionWith(writtenWords);
        for (var i = 1; i < terms.Count; i++)
        {
            pairs.Add((terms[i - 1], terms[i]));
        }
    }

    public void Freeze()
    {
        // Each stem shows as the way names most often write it: "housing" rather than "houses" for "hous".
        foreach (var best in writtenCounts.GroupBy(w => w.Key.Id).Select(g => g.MaxBy(w => w.Value).Key))
        {
            written[best.Id] = best.Written;
        }
        writtenCounts.Clear();
        MaxWeight = MathF.Log(1 + NameCount);
        weights = nameCounts.Select(n => n > 0 ? MathF.Log(1 + NameCount / (float)n) : MaxWeight).ToArray();
    }
}
