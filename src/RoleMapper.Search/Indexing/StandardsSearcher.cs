using Lucene.Net.Index;
using Lucene.Net.Search;

namespace RoleMapper.Search.Indexing;

/// <summary>
/// A point-in-time view of the index together with the matcher's tables built from that same reader, so the two can
/// never disagree: a search that started before a rebuild keeps both its reader and its tables until it ends.
/// </summary>
internal sealed class StandardsSearcher(IndexReader reader, StandardEntry?[] entries, Vocabulary vocabulary, IReadOnlyDictionary<string, StandardEntry> byTitle,
    RoleMap.KnownTitles known, Semantic.WordVectors wordVectors)
    : IndexSearcher(reader)
{
    /// <summary>The sector role map and council agreement as they were when this searcher was built.</summary>
    public RoleMap.KnownTitles Known { get; } = known;
    public Semantic.WordVectors WordVectors { get; } = wordVectors;

    /// <summary>The standards with a vector, to find those nearest a title in meaning.</summary>
    public StandardEntry[] WithVectors { get; } = entries.OfType<StandardEntry>().Where(e => e.Vector is not null).ToArray();

    /// <summary>The vectors of <see cref="WithVectors"/> side by side, one row each: one pass over memory per title.
    /// Made on first use; two threads that race both make the same array.</summary>
    public float[] VectorRows => vectorRows ??= WithVectors.SelectMany(e => e.Vector!).ToArray();
    private float[]? vectorRows;

    /// <summary>
    /// Readings already worked out for words no standard uses (corrections, related words), per written word: a bulk
    /// run meets the same unknown words again and again, and a fuzzy search is the dearest step of a match.
    /// Bounded, and dropped with the searcher when the index is rebuilt.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, object> UnknownWords { get; } = new(StringComparer.Ordinal);
    public const int MostUnknownWords = 50_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), TermContext> termContexts = new();

    /// <summary>
    /// A term query whose term statistics are looked up once per reader and reused: building them means a walk of the
    /// term dictionary that allocates several kilobytes, on every query, for every term.
    /// </summary>
    public TermQuery TermQuery(string field, string text) =>
        new(new Term(field, text), termContexts.GetOrAdd((field, text), key => TermContext.Build(TopReaderContext, new Term(key.Field, key.Text))));

    /// <summary>Approved standards only, as a bit set built once per reader.</summary>
    public Filter ApprovedOnly { get; } = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(StandardsIndexSchema.Approved, "true"))));

    public IReadOnlyDictionary<string, StandardEntry> ByReference { get; } =
        entries.OfType<StandardEntry>().ToDictionary(e => e.Reference, StringComparer.Ordinal);

    /// <summary>By Lucene document number; null for deleted documents.</summary>
    public StandardEntry?[] Entries { get; } = entries;
    public Vocabulary Vocabulary { get; } = vocabulary;
    /// <summary>Standards by their title (ignoring case), to bring in the leadership standards by name.</summary>
    public IReadOnlyDictionary<string, StandardEntry> ByTitle { get; } = byTitle;
}
