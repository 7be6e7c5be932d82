using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.UnmatchedTitles;

/// <summary>Titles seen weak since the last write, added up per normalised title.</summary>
public sealed record UnmatchedSighting(string NormalisedTitle, string ExampleTitle, int Count, string? BestReference, DateTime FirstSeenUtc, DateTime LastSeenUtc);

/// <summary>
/// Adds sightings to the <see cref="UnmatchedTitle"/> log with EF Core only (no SQL of any one database): counts rise
/// with a single UPDATE ... SET Count = Count + n, so two nodes adding to one row never lose each other's counts, and
/// a row two nodes create at once is saved by one and updated by the other (the unique index decides). One row per
/// normalised title, pruned by age and size after each write (<see cref="PruneAsync"/>).
/// </summary>
/// <param name="options">The log's bounds; the defaults of <see cref="UnmatchedTitleOptions"/> when not given.</param>
public sealed class UnmatchedTitleStore(IDbContextFactory<RoleMapperDbContext> contexts, IOptions<UnmatchedTitleOptions>? options = null)
{
    private readonly UnmatchedTitleOptions bounds = options?.Value ?? new UnmatchedTitleOptions();

    /// <summary>Rows handled per transaction: one round trip for the lookup, and bounded memory.</summary>
    private const int ChunkSize = 500;

    public async Task AddAsync(IReadOnlyCollection<UnmatchedSighting> sightings, CancellationToken ct = default)
    {
        var fitted = sightings.Select(Fit).ToList();
        if (fitted.Count > bounds.MaxRows)
        {
            fitted = await WithoutNewTitlesPruneWouldDropAsync(fitted, ct);
        }
        foreach (var chunk in fitted.Chunk(ChunkSize))
        {
            try
            {
                await AddChunkAsync(chunk, ct);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Another node created some of these rows between our lookup and our insert: go again, one by one.
                foreach (var sighting in chunk)
                {
                    await AddChunkAsync([sighting], ct);
                }
            }
        }
    }

    /// <summary>
    /// A bulk run can bring more new titles than the log keeps. A new title ranked below <see
    /// cref="UnmatchedTitleOptions.MaxRows"/> other new titles (by count, then last seen, then insertion order) would be
    /// deleted by the prune that follows the write, whatever is already there, so it is not inserted at all: the same
    /// rows survive, for about half the inserts on a 30,000-title file. Titles already logged always get their counts.
    /// The kept new titles come in prune order, so their ids (the last tie-break) follow it. Each chunk still looks its
    /// titles up again in its own transaction: another node may have logged or pruned some of them since.
    /// </summary>
    private async Task<List<UnmatchedSighting>> WithoutNewTitlesPruneWouldDropAsync(List<UnmatchedSighting> fitted, CancellationToken ct)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            foreach (var keys in fitted.Select(s => s.NormalisedTitle).Chunk(ChunkSize))
            {
                existing.UnionWith(await LoggedAsync(db, keys, ct));
            }
        }
        var kept = fitted.Where(s => existing.Contains(s.NormalisedTitle)).ToList();
        kept.AddRange(fitted.Where(s => !existing.Contains(s.NormalisedTitle))
            .OrderByDescending(s => s.Count).ThenByDescending(s => s.LastSeenUtc)
            .Take(bounds.MaxRows));
        return kept;
    }

    private async Task AddChunkAsync(UnmatchedSighting[] chunk, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = (await LoggedAsync(db, chunk.Select(s => s.NormalisedTitle).ToArray(), ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var s in chunk.Where(s => existing.Contains(s.NormalisedTitle)))
        {
            await db.UnmatchedTitles.Where(u => u.NormalisedTitle == s.NormalisedTitle).ExecuteUpdateAsync(set => set
                .SetProperty(u => u.Count, u => u.Count + s.Count)
                .SetProperty(u => u.ExampleTitle, s.ExampleTitle)
                .SetProperty(u => u.BestReference, s.BestReference)
                .SetProperty(u => u.LastSeenUtc, s.LastSeenUtc), ct);
        }
        db.UnmatchedTitles.AddRange(chunk.Where(s => !existing.Contains(s.NormalisedTitle)).Select(s => new UnmatchedTitle
        {
            NormalisedTitle = s.NormalisedTitle,
            ExampleTitle = s.ExampleTitle,
            Count = s.Count,
            BestReference = s.BestReference,
            FirstSeenUtc = s.FirstSeenUtc,
            LastSeenUtc = s.LastSeenUtc,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Which of these normalised titles the log already holds.</summary>
    private static Task<List<string>> LoggedAsync(RoleMapperDbContext db, string[] keys, CancellationToken ct) =>
        db.UnmatchedTitles.Where(u => keys.Contains(u.NormalisedTitle)).Select(u => u.NormalisedTitle).ToListAsync(ct);

    /// <summary>
    /// Keeps the log bounded: drops titles not seen for <see cref="UnmatchedTitleOptions.MaxAge"/>, then all but the
    /// <see cref="UnmatchedTitleOptions.MaxRows"/> most often (then most recently) seen. Two statements, each deciding
    /// in the database, so nodes pruning at once agree.
    /// </summary>
    public async Task PruneAsync(DateTime nowUtc, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stale = nowUtc - bounds.MaxAge;
        await db.UnmatchedTitles.Where(u => u.LastSeenUtc < stale).ExecuteDeleteAsync(ct);
        await db.UnmatchedTitles
            .OrderByDescending(u => u.Count).ThenByDescending(u => u.LastSeenUtc).ThenBy(u => u.Id)
            .Skip(bounds.MaxRows)
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>The most frequent titles first: the ones worth a synonym.</summary>
    public async Task<List<UnmatchedTitle>> MostFrequentAsync(int count, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.UnmatchedTitles.AsNoTracking().OrderByDescending(u => u.Count).ThenBy(u => u.NormalisedTitle).Take(count).ToListAsync(ct);
    }

    private static UnmatchedSighting Fit(UnmatchedSighting s) => s with
    {
        NormalisedTitle = Cut(s.NormalisedTitle),
        ExampleTitle = Cut(s.ExampleTitle),
    };

    private static string Cut(string text) => text.Length <= UnmatchedTitle.MaxTitleLength ? text : text[..UnmatchedTitle.MaxTitleLength];
}
