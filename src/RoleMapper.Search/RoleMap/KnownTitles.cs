using Lucene.Net.Analysis;
using RoleMapper.Search.Analysis;
using RoleMapper.Search.Indexing;
using RoleMapper.Search.Semantic;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.RoleMap;

/// <summary>
/// The titles whose standards people decided (the sector role map's roles and aliases, and titles councils agreed on),
/// ready to find those close to a council title: lexically, by the weighted share of stemmed words the two have in
/// common (Dice, rare words weighing more), and semantically, by the cosine of their word vectors.
/// Built with each searcher from the map handed to the index build, so a rebuild picks up an edited map.
/// </summary>
internal sealed class KnownTitles
{
    /// <summary>How many semantic neighbours of a title count as evidence: further ones say little.</summary>
    public const int SemanticNeighbours = 10;
    /// <summary>How many of those bring their standards into the candidate pool.</summary>
    public const int SemanticPool = 5;
    /// <summary>How many lexical neighbours of a title bring their standards into the candidate pool.</summary>
    public const int LexicalNeighbours = 10;

    private readonly List<KnownTitle> titles;
    private readonly Dictionary<string, List<int>> byWord = new(StringComparer.Ordinal);
    private readonly float[] vectors;
    private readonly int dimensions;

    private KnownTitles(List<KnownTitle> titles, int dimensions)
    {
        this.titles = titles;
        this.dimensions = dimensions;
        vectors = new float[titles.Count * dimensions];
        for (var i = 0; i < titles.Count; i++)
        {
            foreach (var word in titles[i].Words.Keys)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }
                list.Add(i);
            }
            titles[i].Vector?.CopyTo(vectors, i * dimensions);
        }
    }

    public static KnownTitles Empty { get; } = new([], 1);

    public int Count => titles.Count;
    public int RoleCount => titles.Where(t => t.Source == KnownSource.RoleMap).Select(t => t.RoleId).Distinct().Count();
    public IReadOnlyList<KnownTitle> All => titles;

    public static KnownTitles Build(IReadOnlyList<MappedRole> map, IReadOnlyList<AgreedTitle> agreed, TitleParser parser, Analyzer analyzer,
        Vocabulary vocabulary, WordVectors wordVectors)
    {
        var titles = new List<KnownTitle>();
        foreach (var role in map)
        {
            foreach (var name in role.Names)
            {
                var parsed = parser.Parse(name);
                var words = Words(parsed, analyzer, vocabulary);
                titles.Add(new KnownTitle(KnownSource.RoleMap, role.Id, name, role.Standards, role.Reason, 0, words, words.Values.Sum(), wordVectors.Of(parsed.Reading)));
            }
        }
        foreach (var title in agreed)
        {
            var parsed = parser.Parse(title.Title);
            var words = Words(parsed, analyzer, vocabulary);
            titles.Add(new KnownTitle(KnownSource.Councils, "", title.Title, title.Standards, "", title.Councils, words, words.Values.Sum(), wordVectors.Of(parsed.Reading)));
        }
        return new KnownTitles(titles.Where(t => t.TotalWeight > 0).ToList(), wordVectors.Dimensions);
    }

    /// <summary>
    /// The stemmed words of a title as read (job, qualifiers and seniority words), each weighing its inverse frequency
    /// in the standards' names; a word no name has weighs as the rarest.
    /// </summary>
    public static Dictionary<string, float> Words(ParsedTitle parsed, Analyzer analyzer, Vocabulary vocabulary)
    {
        var words = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var text in parsed.Jobs.Concat(parsed.Qualifiers).Concat(parsed.SeniorityWords))
        {
            foreach (var token in Tokens.Of(analyzer, text))
            {
                words[token.Term] = vocabulary.Weight(vocabulary.Find(token.Term));
            }
        }
        return words;
    }

    /// <summary>
    /// The known titles near a council title, per standard they list, with the title-level closeness to any known
    /// title and to the roles no standard fits.
    /// </summary>
    /// <param name="heldOut">Roles to leave out (a fold of cross-validation); null for none.</param>
    public KnownEvidence Near(Dictionary<string, float> words, float[]? vector, IReadOnlySet<string>? heldOut)
    {
        var evidence = new KnownEvidence();
        if (titles.Count == 0)
        {
            return evidence;
        }
        var total = words.Values.Sum();
        var shared = new Dictionary<int, float>();
        foreach (var (word, weight) in words)
        {
            if (byWord.TryGetValue(word, out var list))
            {
                foreach (var i in list)
                {
                    shared[i] = shared.GetValueOrDefault(i) + weight;
                }
            }
        }
        var lexical = shared
            .Where(p => !IsHeldOut(titles[p.Key], heldOut))
            .Select(p => (Index: p.Key, Closeness: 2 * p.Value / (total + titles[p.Key].TotalWeight)))
            .OrderByDescending(p => p.Closeness).ThenBy(p => p.Index)
            .Take(LexicalNeighbours);
        foreach (var (i, closeness) in lexical)
        {
            evidence.AddLexical(titles[i], closeness);
        }
        if (vector is not null)
        {
            var nearest = Nearest(vector, heldOut);
            for (var n = 0; n < nearest.Count; n++)
            {
                evidence.AddSemantic(titles[nearest[n].Index], nearest[n].Cosine, n < SemanticPool);
            }
        }
        return evidence;
    }

    private List<(int Index, float Cosine)> Nearest(float[] vector, IReadOnlySet<string>? heldOut)
    {
        var best = new List<(int Index, float Cosine)>(SemanticNeighbours + 1);
        var span = vectors.AsSpan();
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i].Vector is null || IsHeldOut(titles[i], heldOut))
            {
                continue;
            }
            var cosine = System.Numerics.Tensors.TensorPrimitives.Dot(span.Slice(i * dimensions, dimensions), vector);
            if (best.Count < SemanticNeighbours || cosine > best[^1].Cosine)
            {
                var at = best.FindIndex(b => b.Cosine < cosine);
                best.Insert(at < 0 ? best.Count : at, (i, cosine));
                if (best.Count > SemanticNeighbours)
                {
                    best.RemoveAt(best.Count - 1);
                }
            }
        }
        return best;
    }

    private static bool IsHeldOut(KnownTitle title, IReadOnlySet<string>? heldOut) =>
        heldOut is not null && title.Source == KnownSource.RoleMap && heldOut.Contains(title.RoleId);
}
