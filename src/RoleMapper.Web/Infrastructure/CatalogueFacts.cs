using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Web.Infrastructure;

/// <summary>What every page needs to know about the data: the import status for the footer, and the routes and levels
/// for filter lists.</summary>
public sealed record CatalogueFacts(ImportStatus Status, IReadOnlyList<string> Routes, IReadOnlyList<int> Levels);

/// <summary>
/// Reads <see cref="CatalogueFacts"/> at most once a minute per node instead of on every page view (the footer is on every
/// page, and /search must stay within a few milliseconds). An import in this process clears it at once; an import on
/// another node shows here within a minute.
/// </summary>
public sealed class CatalogueFactsCache(IDbContextFactory<RoleMapperDbContext> contexts, TimeProvider clock) : IImportObserver, IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim reading = new(1, 1);
    private (CatalogueFacts Facts, DateTimeOffset ReadAt)? cached;

    public async ValueTask<CatalogueFacts> GetAsync(CancellationToken ct = default)
    {
        if (Fresh() is { } facts)
        {
            return facts;
        }
        await reading.WaitAsync(ct);
        try
        {
            if (Fresh() is { } readMeanwhile)
            {
                return readMeanwhile;
            }
            // Not the request's token: the result is shared, and one closed browser tab must not fail it for the rest.
            var read = await ReadAsync(CancellationToken.None);
            cached = (read, clock.GetUtcNow());
            return read;
        }
        finally
        {
            reading.Release();
        }
    }

    public ImportObserverOrder Order => ImportObserverOrder.Caches;

    public Task OnImportSucceededAsync(ImportRun run, CancellationToken ct)
    {
        cached = null;
        return Task.CompletedTask;
    }

    public void Dispose() => reading.Dispose();

    private CatalogueFacts? Fresh() =>
        cached is { } c && clock.GetUtcNow() - c.ReadAt < MaxAge ? c.Facts : null;

    private async Task<CatalogueFacts> ReadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var status = await ImportStatus.ReadAsync(db, clock, ct);
        var routes = await db.StandardVersions.AsNoTracking()
            // A route longer than the importer keeps is not one (an older release stored whatever came): not listed.
            .Where(v => v.Route != "" && v.Route.Length <= FeedFieldLimits.Route).Select(v => v.Route).Distinct().OrderBy(r => r).ToListAsync(ct);
        var levels = await db.StandardVersions.AsNoTracking()
            .Where(v => v.Level > 0).Select(v => v.Level).Distinct().OrderBy(l => l).ToListAsync(ct);
        return new CatalogueFacts(status, routes, levels);
    }
}
