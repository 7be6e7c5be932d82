using RoleMapper.Core.RoleMap;
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
    public const int SemanticNeighbours = 15;
    /// <summary>How many of those bring their standards into the candidate pool.</summary>
    public const int SemanticPool = 10;
    /// <summary>How many lexical neighbours of a title bring their standards into the candidate pool.</summary>
    public const int LexicalNeighbours = 15;

    private readonly List<KnownTitle> titles;
    private readonly Dictionary<string, List<int>> byWord = new(StringComparer.Ordinal);
    private readonly float[] vectors;
    private readonly DotBounds bounds;
    private readonly int[] withVectors;
    private readonly int dimensions;
    /// <summary>Each map role's first standard, by role id: how often the map chooses a standard first.</summary>
    private readonly Dictionary<string, string> firstByRole = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> firstCounts = new(StringComparer.Ordinal);
    private readonly float priorScale;
    /// <summary>The known titles by <see cref="ExactKey"/>.</summary>
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);
    /// <summary>The stems of each map role's service area, by role id ("adult", "social", "care").</summary>
    private readonly Dictionary<string, HashSet<string>> serviceStems;
    /// <summary>The counts without the last fold held out (cross-validation asks for one fold many times in a row).</summary>
    private volatile HeldOutCounts? heldOutCounts;

    private sealed record HeldOutCounts(IReadOnlySet<string> HeldOut, Dictionary<string, int> Counts);

    private KnownTitles(List<KnownTitle> titles, int dimensions, Dictionary<string, HashSet<string>> serviceStems)
    {
        this.titles = titles;
        this.dimensions = dimensions;
        this.serviceStems = serviceStems;
        vectors = new float[titles.Count * dimensions];
        withVectors = Enumerable.Range(0, titles.Count).Where(i => titles[i].Vector is not null).ToArray();
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
            if (!byKey.TryGetValue(titles[i].ExactKey, out var same))
            {
                byKey[titles[i].ExactKey] = same = [];
            }
            same.Add(i);
            titles[i].Vector?.CopyTo(vectors, i * dimensions);
            if (titles[i] is { Source: KnownSource.RoleMap, Standards: [var first, ..] } role)
            {
                firstByRole[role.RoleId] = first;
            }
        }
        foreach (var first in firstByRole.Values)
        {
            firstCounts[first] = firstCounts.GetValueOrDefault(first) + 1;
        }
        priorScale = firstCounts.Count > 0 ? 1 / MathF.Log(1 + firstCounts.Values.Max()) : 0;
        bounds = new DotBounds(vectors, dimensions);
    }

    /// <summary>
    /// How often the map chooses the standard first, from 0 (never) to 1 (the standard it chooses first most often),
    /// on a log scale: some standards (Business administrator, Operations manager) fit many council roles.
    /// </summary>
    public float Prior(string reference, IReadOnlySet<string>? heldOut)
    {
        var counts = firstCounts;
        if (heldOut is not null)
        {
            var cached = heldOutCounts;
            if (cached is null || !ReferenceEquals(cached.HeldOut, heldOut))
            {
                var without = new Dictionary<string, int>(firstCounts, StringComparer.Ordinal);
                foreach (var (role, first) in firstByRole)
                {
                    if (heldOut.Contains(role))
                    {
                        without[first]--;
                    }
                }
                heldOutCounts = cached = new HeldOutCounts(heldOut, without);
            }
            counts = cached.Counts;
        }
        return MathF.Log(1 + counts.GetValueOrDefault(reference)) * priorScale;
    }

    public static KnownTitles Empty { get; } = new([], 1, []);

    public int Count => titles.Count;
    public int RoleCount => titles.Where(t => t.Source == KnownSource.RoleMap).Select(t => t.RoleId).Distinct().Count();
    public IReadOnlyList<KnownTitle> All => titles;

    public static KnownTitles Build(IReadOnlyList<MappedRole> map, IReadOnlyList<AgreedTitle> agreed, TitleParser parser, Analyzer analyzer,
        Vocabulary vocabulary, WordVectors wordVectors)
    {
        var titles = new List<KnownTitle>();
        var serviceStems = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var role in map)
        {
            serviceStems[role.Id] = Tokens.Of(analyzer, role.ServiceArea).Select(t => Spellings.OfStem(t.Term)).ToHashSet(StringComparer.Ordinal);
            foreach (var name in role.Names)
            {
                var parsed = parser.Parse(name);
                var (words, roleWord) = Read(parsed, analyzer, vocabulary);
                var (exact, inOrder) = Keys(parsed);
                titles.Add(new KnownTitle(KnownSource.RoleMap, role.Id, name, role.Standards, role.Reason, 0, words, words.Values.Sum(), wordVectors.Of(parsed.Reading),
                    exact) { RoleWord = roleWord, InOrderKey = inOrder });
            }
        }
        foreach (var title in agreed)
        {
            var parsed = parser.Parse(title.Title);
            var (words, roleWord) = Read(parsed, analyzer, vocabulary);
            var (exact, inOrder) = Keys(parsed);
            titles.Add(new KnownTitle(KnownSource.Councils, "", title.Title, title.Standards, "", title.Councils, words, words.Values.Sum(), wordVectors.Of(parsed.Reading),
                exact) { RoleWord = roleWord, InOrderKey = inOrder });
        }
        // Names that read the same (the key sorts words: "Care Home Manager", "Home Care Manager") but belong to roles
        // mapped differently cannot say which mapping a council means, so neither decides. Roles mapped to the same
        // standards, best first, give the same answer whichever is meant.
        var ambiguous = titles.Where(t => t.Source == KnownSource.RoleMap).GroupBy(t => t.ExactKey, StringComparer.Ordinal)
            .Where(g => g.Select(t => string.Join('|', t.Standards)).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return new KnownTitles(
            titles.Where(t => t.TotalWeight > 0).Select(t => ambiguous.Contains(t.ExactKey) ? t with { Ambiguous = true } : t).ToList(),
            wordVectors.Dimensions, serviceStems);
    }

    /// <summary>Words a qualifier may add to a service's name and still name only that service ("Housing Services").</summary>
    private static readonly HashSet<string> ServiceWords = new(StringComparer.Ordinal) { "servic" };

    /// <summary>
    /// The map name a title with qualifiers is when its job alone reads exactly as the name (<see cref="ExactKey"/>) and
    /// every word of its qualifiers is a word of the role's service area: "Electrician (Housing Repairs)" is the map's
    /// Electrician, of Housing Repairs and Maintenance; "Reablement Service Manager - Adult Social Care" its Reablement
    /// Service Manager. Such a qualifier says which part of the council, not which job. Null when the title itself is
    /// known, when a qualifier says more ("Social Worker (ASYE)"), or when the name is held out or reads as two roles.
    /// </summary>
    public KnownTitle? InItsOwnService(ParsedTitle parsed, Analyzer analyzer, HeldOut? heldOut)
    {
        if (parsed.Qualifiers.Count == 0 || Known(ExactKey(parsed), heldOut).Any()
            || Known(ExactKey(parsed with { Qualifiers = [] }), heldOut).FirstOrDefault(t => t.Source == KnownSource.RoleMap) is not { Ambiguous: false } title
            || !serviceStems.TryGetValue(title.RoleId, out var service))
        {
            return null;
        }
        foreach (var qualifier in parsed.Qualifiers)
        {
            foreach (var token in Tokens.Of(analyzer, qualifier))
            {
                var stem = Spellings.OfStem(token.Term);
                if (!service.Contains(stem) && !ServiceWords.Contains(stem))
                {
                    return null;
                }
            }
        }
        return title;
    }

    private IEnumerable<KnownTitle> Known(string exactKey, HeldOut? heldOut) =>
        byKey.TryGetValue(exactKey, out var list) ? list.Select(i => titles[i]).Where(t => !IsHeldOut(t, heldOut)) : [];

    /// <summary>
    /// What a title must share with a known title to be that title: its words as read (noise and places out,
    /// abbreviations spelt out), in any order, a plural read as its singular, one spelling of a word for all
    /// (<see cref="Spellings"/>: "advisor" as "adviser"), without the little words the analyzer also drops ("and", "of")
    /// or a sign that stands for one ("&amp;"): "Health &amp; Safety Officer" is "Health and Safety Officer". Not the
    /// stems: Porter stems "Markets" and "Marketing", "Communities" and "Communications" alike, which is close enough to
    /// be evidence but not the same job.
    /// </summary>
    public static string ExactKey(ParsedTitle parsed) => string.Join(' ', KeyWords(parsed).Order(StringComparer.Ordinal));

    /// <summary>
    /// <see cref="ExactKey"/> and the same words in the order written, read once: "Home Care Manager" and "Care Home
    /// Manager" read exactly alike, but only one of them is the name a council wrote.
    /// </summary>
    public static (string Exact, string InOrder) Keys(ParsedTitle parsed)
    {
        var words = KeyWords(parsed).ToArray();
        var inOrder = string.Join(' ', words);
        Array.Sort(words, StringComparer.Ordinal);
        return (string.Join(' ', words), inOrder);
    }

    /// <summary>The words of the reading without the brackets and commas it sets qualifiers in: "Manager (Day Centre)"
    /// has the words of "Day Centre Manager".</summary>
    private static IEnumerable<string> KeyWords(ParsedTitle parsed) =>
        parsed.Reading.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(QualifierMarks))
            .Where(w => w.Any(char.IsLetterOrDigit) && !Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(w))
            .Select(w => Spellings.Of(Singular(w)));

    private static readonly char[] QualifierMarks = ['(', ')', ','];

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1]
        : word;

    /// <summary>
    /// The stemmed words of a title as read (job, qualifiers and seniority words), one stem for the spellings of a word
    /// (<see cref="Spellings"/>), each weighing its inverse frequency in the standards' names (a word no name has weighs
    /// as the rarest); and its role word, the stem of the last word of its (first) job: what the job is, "operative" or
    /// "manager" (empty when the title names no job). One pass of the analyzer for both, as this runs for every title.
    /// </summary>
    public static (Dictionary<string, float> Words, string RoleWord) Read(ParsedTitle parsed, Analyzer analyzer, Vocabulary vocabulary)
    {
        var words = new Dictionary<string, float>(StringComparer.Ordinal);
        var roleWord = "";
        var texts = parsed.Jobs.Concat(parsed.Qualifiers).Concat(parsed.SeniorityWords);
        foreach (var (text, firstJob) in texts.Select((text, i) => (text, i == 0 && parsed.Jobs.Count > 0)))
        {
            foreach (var token in Tokens.Of(analyzer, text))
            {
                var term = Spellings.OfStem(token.Term);
                words[term] = vocabulary.Weight(vocabulary.Find(term));
                roleWord = firstJob ? term : roleWord;
            }
        }
        return (words, roleWord);
    }

    /// <summary>
    /// The known titles near a council title, per standard they list, with the title-level closeness to any known
    /// title and to the roles no standard fits.
    /// </summary>
    /// <param name="heldOut">Roles or a name to leave out (cross-validation); null for none.</param>
    /// <param name="exactKey">The title's <see cref="ExactKey"/>: a known title with the same key, and no other role
    /// reading the same, is the title people decided.</param>
    /// <param name="inOrderKey">The title's words in the order written (<see cref="Keys"/>): of known titles equally close, the one written in
    /// the same order comes first, so a reason quotes the name the council wrote.</param>
    /// <param name="roleWord">The title's role word (<see cref="Read"/>): a known title with the same role word is the same
    /// kind of job ("Parks Operative" and "Grounds Operative", not "Parks Manager").</param>
    public KnownEvidence Near(Dictionary<string, float> words, string exactKey, string inOrderKey, string roleWord, float[]? vector, HeldOut? heldOut)
    {
        var evidence = new KnownEvidence(reference => Prior(reference, heldOut?.Roles));
        if (titles.Count == 0)
        {
            return evidence;
        }
        var total = words.Values.Sum();
        // Every title matched adds to these; a common word ("officer") reaches a thousand titles, so the sums live in
        // one array per thread, and only the titles touched are read and cleared.
        var scratch = shared is { } mine && mine.Sums.Length == titles.Count ? mine : shared = new Scratch(titles.Count);
        foreach (var (word, weight) in words)
        {
            if (byWord.TryGetValue(word, out var list))
            {
                foreach (var i in list)
                {
                    if (scratch.Sums[i] == 0)
                    {
                        scratch.Touched.Add(i);
                    }
                    scratch.Sums[i] += weight;
                }
            }
        }
        var best = new List<(int Index, float Closeness)>(LexicalNeighbours + 1);
        foreach (var i in scratch.Touched)
        {
            var closeness = 2 * scratch.Sums[i] / (total + titles[i].TotalWeight);
            scratch.Sums[i] = 0;
            if (IsHeldOut(titles[i], heldOut))
            {
                continue;
            }
            Keep(best, (i, closeness), LexicalNeighbours);
        }
        scratch.Touched.Clear();
        WrittenInOrderFirst(best, inOrderKey);
        foreach (var (i, closeness) in best)
        {
            var title = titles[i];
            evidence.AddLexical(title, closeness, exact: !title.Ambiguous && closeness >= KnownEvidence.Exact && title.ExactKey == exactKey,
                sameRoleWord: roleWord.Length > 0 && title.RoleWord == roleWord);
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

    /// <summary>
    /// Moves the first known title written as the council wrote it ahead of those equally close: "Home Care Manager"
    /// ties with "Care Home Manager" (same words), and the evidence keeps the first of equals for its reason. Only
    /// which name is quoted changes: names that read alike and are not ambiguous list the same standards.
    /// </summary>
    private void WrittenInOrderFirst(List<(int Index, float Closeness)> best, string inOrderKey)
    {
        var written = best.FindIndex(b => titles[b.Index].InOrderKey == inOrderKey);
        var ties = written < 0 ? -1 : best.FindIndex(b => b.Closeness == best[written].Closeness);
        if (ties >= 0 && ties < written)
        {
            var title = best[written];
            best.RemoveAt(written);
            best.Insert(ties, title);
        }
    }

    [ThreadStatic]
    private static Scratch? shared;

    private sealed class Scratch(int count)
    {
        public float[] Sums { get; } = new float[count];
        public List<int> Touched { get; } = [];
        /// <summary>Per title, a bound on its cosine with the title being matched (<see cref="DotBounds"/>).</summary>
        public float[] Bounds { get; } = new float[count];
    }

    /// <summary>Keeps the <paramref name="most"/> closest, closest first, ties by index (the map's order).</summary>
    private static void Keep(List<(int Index, float Closeness)> best, (int Index, float Closeness) candidate, int most)
    {
        if (best.Count == most && !Closer(candidate, best[^1]))
        {
            return;
        }
        var at = best.FindIndex(b => Closer(candidate, b));
        best.Insert(at < 0 ? best.Count : at, candidate);
        if (best.Count > most)
        {
            best.RemoveAt(most);
        }
    }

    private static bool Closer((int Index, float Closeness) a, (int Index, float Closeness) b) =>
        a.Closeness > b.Closeness || (a.Closeness == b.Closeness && a.Index < b.Index);

    /// <summary>
    /// The <see cref="SemanticNeighbours"/> known titles nearest in meaning, nearest first. This runs for every title
    /// matched over every vector of the map (about 6,000), so the loop reads only the packed vectors and allocates
    /// nothing; which titles have a vector is worked out once, when the map is built. Once 15 are kept, a title whose
    /// bound (<see cref="DotBounds"/>) cannot beat the last of them is passed over without its cosine: about 2% of
    /// titles are then computed, with the same result as computing all.
    /// </summary>
    private List<(int Index, float Cosine)> Nearest(float[] vector, HeldOut? heldOut)
    {
        var best = new List<(int Index, float Cosine)>(SemanticNeighbours + 1);
        var span = vectors.AsSpan();
        var scratch = shared is { } mine && mine.Sums.Length == titles.Count ? mine : shared = new Scratch(titles.Count);
        var upper = bounds.TryUpperBounds(vector, scratch.Bounds) ? scratch.Bounds : null;
        // What a title must beat to be kept: the last one kept, once there are enough.
        var cutOff = float.NegativeInfinity;
        foreach (var i in withVectors)
        {
            if (upper is not null && upper[i] <= cutOff)
            {
                continue;
            }
            var cosine = System.Numerics.Tensors.TensorPrimitives.Dot(span.Slice(i * dimensions, dimensions), vector);
            if (cosine <= cutOff || IsHeldOut(titles[i], heldOut))
            {
                continue;
            }
            var at = best.Count;
            while (at > 0 && best[at - 1].Cosine < cosine)
            {
                at--;
            }
            best.Insert(at, (i, cosine));
            if (best.Count > SemanticNeighbours)
            {
                best.RemoveAt(best.Count - 1);
            }
            if (best.Count == SemanticNeighbours)
            {
                cutOff = best[^1].Cosine;
            }
        }
        return best;
    }

    private static bool IsHeldOut(KnownTitle title, HeldOut? heldOut) => heldOut is not null && heldOut.Contains(title);
}
