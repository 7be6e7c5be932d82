using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RoleMapper.Search.Analysis;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Semantic;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Indexing;

/// <summary>
/// Builds each new searcher's tables from the reader it wraps: every standard's names analysed once, word weights,
/// and the written form of each word. Runs once per rebuild, never per search.
/// </summary>
internal sealed class StandardsSearcherFactory(TitleParser parser, Analyzer analyzer, IReadOnlySet<string> seniorityWords, WordVectors wordVectors) : SearcherFactory
{
    private const float SeniorityWordShare = 0.25f;

    /// <summary>The sector role map and council agreement for the next searcher: set by the index build, under its
    /// lock, just before it refreshes.</summary>
    public (IReadOnlyList<MappedRole> Map, IReadOnlyList<AgreedTitle> Agreed) Known { get; set; } = ([], []);

    private sealed record Pending(int Doc, Document Stored, List<(string Text, NameKind Kind, int[] Terms, string[] Written)> Names);

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var vocabulary = new Vocabulary();
        var seniorityTerms = seniorityWords
            .SelectMany(word => Tokens.Of(analyzer, word).Select(t => vocabulary.Add(t.Term, word)))
            .ToHashSet();
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var pending = new List<Pending>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                var stored = reader.Document(doc);
                var names = Names(stored)
                    .Select(n => (n.Text, n.Kind, Analysed: AnalyseName(vocabulary, n.Text)))
                    .Where(n => n.Analysed.Terms.Length > 0)
                    .Select(n => (n.Text, n.Kind, n.Analysed.Terms, n.Analysed.Written))
                    .ToList();
                pending.Add(new Pending(doc, stored, names));
            }
        }
        // Texts after all names, so a word's written form comes from a name ("waste") when a name has it.
        var texts = pending.Select(p => AnalyseText(vocabulary, p.Stored.Get(StandardsIndexSchema.Text) ?? "")).ToList();
        vocabulary.Freeze();

        var entries = new StandardEntry?[reader.MaxDoc];
        var byTitle = new Dictionary<string, StandardEntry>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < pending.Count; i++)
        {
            var (doc, stored, names) = pending[i];
            var nameVectors = names.Where(n => n.Kind != NameKind.Keyword)
                .Select(n => wordVectors.Of(parser.PrepareName(n.Text)))
                .OfType<float[]>()
                .ToArray();
            var entry = new StandardEntry
            {
                Reference = stored.Get(StandardsIndexSchema.Reference),
                Version = stored.Get(StandardsIndexSchema.VersionNumber),
                Title = stored.Get(StandardsIndexSchema.Title),
                Level = stored.GetField(StandardsIndexSchema.Level).GetInt32Value() ?? 0,
                Route = stored.Get(StandardsIndexSchema.Route),
                TypicalDurationMonths = stored.GetField(StandardsIndexSchema.Duration).GetInt32Value() ?? 0,
                MaxFunding = stored.GetField(StandardsIndexSchema.Funding).GetInt32Value() ?? 0,
                IsApproved = stored.Get(StandardsIndexSchema.Approved) == "true",
                // Seniority words weigh little in a name: "Senior healthcare support worker" is nearly covered by
                // "Senior Healthcare Support Worker" (whose "senior" is read as a level) but a plain "Bricklayer" still
                // prefers the standard named "Bricklayer" to one listing "Senior bricklayer".
                Names = names.Select(n => new IndexedName(n.Text, n.Kind, n.Terms, n.Written,
                    n.Terms.Select(t => vocabulary.Weight(t) * (seniorityTerms.Contains(t) ? SeniorityWordShare : 1f)).ToArray())).ToArray(),
                TextTerms = texts[i],
                NameVectors = nameVectors,
                Vector = Mean(nameVectors),
            };
            entries[doc] = entry;
            if (entry.IsApproved || !byTitle.ContainsKey(entry.Title))
            {
                byTitle[entry.Title] = entry;
            }
        }
        var known = KnownTitles.Build(Known.Map, Known.Agreed, parser, analyzer, vocabulary, wordVectors);
        return new StandardsSearcher(reader, entries, vocabulary, byTitle, known, wordVectors);
    }

    private static float[]? Mean(float[][] vectors)
    {
        if (vectors.Length == 0)
        {
            return null;
        }
        var sum = new float[vectors[0].Length];
        foreach (var v in vectors)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(sum, v, sum);
        }
        return WordVectors.Normalised(sum);
    }

    private (int[] Terms, string[] Written) AnalyseName(Vocabulary vocabulary, string name)
    {
        var prepared = parser.PrepareName(name);
        var tokens = Tokens.Of(analyzer, prepared).Take(IndexedName.MaxTerms).ToList();
        var written = tokens.Select(t => prepared[t.Start..t.End].ToLowerInvariant()).ToList();
        var ids = tokens.Select((t, i) => vocabulary.Add(t.Term, written[i])).ToArray();
        vocabulary.CountName(ids, written);
        return (ids, written.ToArray());
    }

    private HashSet<int> AnalyseText(Vocabulary vocabulary, string text) =>
        Tokens.Of(analyzer, text, StandardsIndexSchema.Text).Select(t => vocabulary.Add(t.Term, text[t.Start..t.End].ToLowerInvariant())).ToHashSet();

    private static IEnumerable<(string Text, NameKind Kind)> Names(Document stored) =>
        stored.GetValues(StandardsIndexSchema.Title).Select(t => (t, NameKind.Title))
            .Concat(stored.GetValues(StandardsIndexSchema.JobTitles).Select(j => (j, NameKind.JobTitle)))
            .Concat(stored.GetValues(StandardsIndexSchema.Keywords).Select(k => (k, NameKind.Keyword)));
}
