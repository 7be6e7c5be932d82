using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Search.Analysis;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Indexing;

/// <summary>
/// The in-memory Lucene index of standards, one document per standard: its approved version, or for a standard that is
/// no longer approved its latest retired version (matched only when asked). Rebuilt from the database after each
/// import. A rebuild writes into the same IndexWriter and becomes visible in one step when the SearcherManager
/// refreshes, so searches in flight keep their point-in-time view and never see a half-built index.
/// Each web node holds its own copy (about 1,700 small documents); <see cref="IndexRefreshService"/> keeps it current.
/// </summary>
public sealed class StandardsIndex : IDisposable
{
    private readonly IDbContextFactory<RoleMapperDbContext> contexts;
    private readonly ILogger<StandardsIndex> logger;
    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private readonly TitleParser parser;
    private readonly IRoleMapSource roleMap;
    private readonly ICouncilAgreementSource agreement;
    private readonly StandardsSearcherFactory factory;

    public StandardsIndex(IDbContextFactory<RoleMapperDbContext> contexts, ILogger<StandardsIndex> logger)
        : this(contexts, logger, TitleParser.Load())
    {
    }

    public StandardsIndex(IDbContextFactory<RoleMapperDbContext> contexts, ILogger<StandardsIndex> logger, TitleParser parser)
        : this(contexts, logger, parser, new NoRoleMap(), new CouncilAgreement(contexts, parser))
    {
    }

    /// <param name="roleMap">The sector role map, read at each build.</param>
    /// <param name="agreement">Titles councils mapped alike, counted at each build.</param>
    public StandardsIndex(IDbContextFactory<RoleMapperDbContext> contexts, ILogger<StandardsIndex> logger, TitleParser parser,
        IRoleMapSource roleMap, ICouncilAgreementSource agreement)
    {
        this.contexts = contexts;
        this.logger = logger;
        this.parser = parser;
        this.roleMap = roleMap;
        this.agreement = agreement;
        Analyzer = StandardsIndexSchema.CreateAnalyzer();
        writer = new IndexWriter(directory, new IndexWriterConfig(StandardsIndexSchema.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE,
        });
        writer.Commit();
        factory = new StandardsSearcherFactory(parser, Analyzer, parser.Seniority.RemovableWords, Semantic.WordVectors.Shared);
        searchers = new SearcherManager(writer, applyAllDeletes: true, factory);
    }

    public Analyzer Analyzer { get; }

    /// <summary>For tests: awaited during a rebuild, once the new documents are written and before searches see them.</summary>
    internal Func<Task>? BeforeSwap { get; set; }

    /// <summary>The import run whose data the index shows; 0 before the first build.</summary>
    public int BuiltFromImportRunId { get; private set; }
    public int DocumentCount { get; private set; }
    /// <summary>Titles and aliases of the sector role map, and titles councils agreed on, in the current index.</summary>
    public int KnownTitleCount { get; private set; }
    public bool IsBuilt => BuiltFromImportRunId > 0;
    /// <summary>The sector role map's stamp (<see cref="IRoleMapSource.StampAsync"/>) when the index was built.</summary>
    public string? BuiltFromMapStamp { get; private set; }

    /// <summary>
    /// Rebuilds from the database unless the index already shows the latest successful import and the sector role map
    /// as it is now: an edit on any node moves the map's stamp, so every node picks it up at its next check.
    /// </summary>
    public async Task EnsureCurrentAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await LatestSuccessfulRunAsync(db, ct);
        if (latest != BuiltFromImportRunId || !IsBuilt || await roleMap.StampAsync(ct) != BuiltFromMapStamp)
        {
            await RebuildAsync(ct);
        }
    }

    public async Task RebuildAsync(CancellationToken ct = default)
    {
        await rebuilding.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var runId = await LatestSuccessfulRunAsync(db, ct);
            var standards = await LoadIndexableAsync(db, ct);
            // The stamp before the map: an edit in between shows as a newer stamp, and the next check builds again.
            var mapStamp = await roleMap.StampAsync(ct);
            var map = await roleMap.LoadAsync(ct);
            factory.Known = (map, await agreement.LoadAsync(ct));
            writer.DeleteAll();
            foreach (var standard in standards)
            {
                writer.AddDocument(ToDocument(standard));
            }
            if (BeforeSwap is { } beforeSwap)
            {
                await beforeSwap();
            }
            writer.Commit();
            searchers.MaybeRefreshBlocking();
            BuiltFromImportRunId = runId;
            BuiltFromMapStamp = mapStamp;
            DocumentCount = standards.Count;
            KnownTitleCount = SearchWithTables(s => s.Known.Count);
            logger.LogInformation("Search index built from import {RunId}: {Count} standards, {Known} known titles ({Roles} sector role map roles)",
                runId, standards.Count, KnownTitleCount, map.Count);
        }
        finally
        {
            rebuilding.Release();
        }
    }

    /// <summary>Runs a search against a consistent view of the index.</summary>
    public T Search<T>(Func<IndexSearcher, T> search) => SearchWithTables(search);

    /// <summary>Like <see cref="Search{T}"/>, with the matcher's tables built from the same reader.</summary>
    internal T SearchWithTables<T>(Func<StandardsSearcher, T> search)
    {
        var searcher = (StandardsSearcher)searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static Task<int> LatestSuccessfulRunAsync(RoleMapperDbContext db, CancellationToken ct) =>
        db.ImportRuns.Where(r => r.Outcome == ImportOutcome.Succeeded).Select(r => r.Id).OrderByDescending(id => id).FirstOrDefaultAsync(ct);

    internal sealed record IndexableStandard(
        string Reference, string Version, int VersionMajor, int VersionMinor, string Title, int Level, string Route,
        StandardStatus Status, List<string> JobTitles, List<string> Keywords, int TypicalDurationMonths, int MaxFunding,
        string OverviewOfRole, string OccupationalSummary);

    /// <summary>Per standard: the approved listed version, else the latest retired one.</summary>
    private static async Task<List<IndexableStandard>> LoadIndexableAsync(RoleMapperDbContext db, CancellationToken ct)
    {
        var versions = await db.StandardVersions.AsNoTracking()
            .Where(v => v.Status == StandardStatus.ApprovedForDelivery || v.Status == StandardStatus.Retired)
            .Select(v => new { Indexable = new IndexableStandard(v.Reference, v.Version, v.VersionMajor, v.VersionMinor, v.Title,
                v.Level, v.Route, v.Status, v.JobTitles, v.Keywords, v.TypicalDurationMonths, v.MaxFunding, v.OverviewOfRole,
                v.OccupationalSummary), v.RemovedFromFeedUtc })
            .ToListAsync(ct);
        return versions
            .GroupBy(v => v.Indexable.Reference)
            .Select(g => g.FirstOrDefault(v => v.Indexable.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)?.Indexable
                         ?? g.Where(v => v.Indexable.Status == StandardStatus.Retired)
                             .OrderByDescending(v => v.Indexable.VersionMajor).ThenByDescending(v => v.Indexable.VersionMinor)
                             .Select(v => v.Indexable).FirstOrDefault())
            .OfType<IndexableStandard>()
            .Select(WithinLimits)
            .ToList();
    }

    /// <summary>
    /// What the importer would keep of each field: text an older release stored whole (a 5 MB title or route) would
    /// otherwise be returned by every search, and a route over 32 KB stops Lucene indexing anything at all.
    /// </summary>
    private static IndexableStandard WithinLimits(IndexableStandard s) => s with
    {
        Title = FeedFieldLimits.Clip(s.Title, "title"),
        Route = FeedFieldLimits.Clip(s.Route, "route"),
        JobTitles = FeedFieldLimits.Clip(s.JobTitles, "typicalJobTitles"),
        Keywords = FeedFieldLimits.Clip(s.Keywords, "keywords"),
        OverviewOfRole = FeedFieldLimits.Clip(s.OverviewOfRole, "overviewOfRole"),
        OccupationalSummary = FeedFieldLimits.Clip(s.OccupationalSummary, "occupationalSummary"),
    };

    private Document ToDocument(IndexableStandard s)
    {
        var document = new Document
        {
            new StringField(StandardsIndexSchema.Reference, s.Reference, Field.Store.YES),
            new StoredField(StandardsIndexSchema.VersionNumber, s.Version),
            new Int32Field(StandardsIndexSchema.Level, s.Level, Field.Store.YES),
            new StringField(StandardsIndexSchema.Route, s.Route, Field.Store.YES),
            new StringField(StandardsIndexSchema.Approved, s.Status == StandardStatus.ApprovedForDelivery ? "true" : "false", Field.Store.YES),
            new StoredField(StandardsIndexSchema.Duration, s.TypicalDurationMonths),
            new StoredField(StandardsIndexSchema.Funding, s.MaxFunding),
            new TextField(StandardsIndexSchema.Text, s.OverviewOfRole + "\n" + s.OccupationalSummary, Field.Store.YES),
        };
        AddName(document, StandardsIndexSchema.Title, s.Title, exact: true);
        foreach (var jobTitle in s.JobTitles)
        {
            AddName(document, StandardsIndexSchema.JobTitles, jobTitle, exact: true);
        }
        foreach (var keyword in s.Keywords)
        {
            AddName(document, StandardsIndexSchema.Keywords, keyword, exact: false);
        }
        return document;
    }

    /// <summary>
    /// Stores the name as the feed writes it (for display and reasons) and indexes it prepared as titles are
    /// (abbreviations spelt out): as words, as written words for spelling correction, and whole for exact matches.
    /// </summary>
    private void AddName(Document document, string field, string name, bool exact)
    {
        var prepared = parser.PrepareName(name);
        document.Add(new StoredField(field, name));
        document.Add(new TextField(field, prepared, Field.Store.NO));
        document.Add(new TextField(StandardsIndexSchema.Names, prepared, Field.Store.NO));
        document.Add(new TextField(StandardsIndexSchema.Surface, prepared, Field.Store.NO));
        if (exact && ExactKey(prepared) is { Length: > 0 } key)
        {
            document.Add(new StringField(StandardsIndexSchema.Exact, key, Field.Store.NO));
        }
    }

    /// <summary>The stemmed words of a name joined by spaces: "Social Workers" and "social worker" give one key.</summary>
    internal string ExactKey(string prepared) => string.Join(' ', Tokens.Of(Analyzer, prepared).Select(t => t.Term));

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        Analyzer.Dispose();
        rebuilding.Dispose();
    }
}
