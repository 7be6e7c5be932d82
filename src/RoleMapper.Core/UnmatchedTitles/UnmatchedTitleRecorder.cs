using System.Threading.Channels;
using RoleMapper.Core.Matching;

namespace RoleMapper.Core.UnmatchedTitles;

/// <summary>
/// Notes titles that found nothing or only Low matches, so the synonym list can grow from real use. Recording is a
/// non-blocking write to a bounded in-memory queue (safe on the request path, never touches the database); the queue
/// is written to the database in batches by <see cref="UnmatchedTitleFlushService"/> in the web app, or by
/// <see cref="FlushAsync"/> at the end of a bulk run. When the queue is full, new sightings are dropped rather than
/// slowing a search: the log is for spotting frequent gaps, not for exact counts under overload.
/// </summary>
public sealed class UnmatchedTitleRecorder(UnmatchedTitleStore store, TimeProvider clock) : IDisposable
{
    public const int Capacity = 10_000;

    // Wait mode, but only ever TryWrite: a full queue makes TryWrite return false at once (DropWrite would report
    // true for a sighting it threw away).
    private readonly Channel<Sighting> queue = Channel.CreateBounded<Sighting>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });
    private readonly SemaphoreSlim flushing = new(1, 1);

    private readonly record struct Sighting(string NormalisedTitle, string Title, string? BestReference, DateTime AtUtc);

    /// <summary>Queues the title if the result is weak (nothing, or a Low best match); true when queued.</summary>
    public bool Record(MatchResult result) =>
        IsLogged(result) && queue.Writer.TryWrite(new Sighting(result.NormalisedTitle, result.Title, result.Best?.Reference, clock.GetUtcNow().UtcDateTime));

    /// <summary>Writes everything queued so far, added up per normalised title; returns how many titles were written.</summary>
    public async Task<int> FlushAsync(CancellationToken ct = default)
    {
        await flushing.WaitAsync(ct);
        try
        {
            var batch = new Dictionary<string, UnmatchedSighting>(StringComparer.Ordinal);
            while (queue.Reader.TryRead(out var s))
            {
                AddUp(batch, s);
            }
            await WriteAsync(batch, ct);
            return batch.Count;
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>
    /// A bulk run's weak titles, written at once rather than through the queue: the queue is bounded for the request
    /// path, and a file of 30,000 titles written a queue at a time paid EF Core's first-use costs and updated the rows
    /// an earlier chunk had just inserted. Returns how many of the results were weak.
    /// </summary>
    public async Task<int> RecordAllAsync(IEnumerable<MatchResult> results, CancellationToken ct = default)
    {
        var batch = new Dictionary<string, UnmatchedSighting>(StringComparer.Ordinal);
        var weak = 0;
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var result in results.Where(IsLogged))
        {
            AddUp(batch, new Sighting(result.NormalisedTitle, result.Title, result.Best?.Reference, at));
            weak++;
        }
        await flushing.WaitAsync(ct);
        try
        {
            await WriteAsync(batch, ct);
        }
        finally
        {
            flushing.Release();
        }
        return weak;
    }

    private static bool IsLogged(MatchResult result) => result.IsWeak && result.NormalisedTitle.Length > 0;

    private static void AddUp(Dictionary<string, UnmatchedSighting> batch, Sighting s) =>
        batch[s.NormalisedTitle] = batch.TryGetValue(s.NormalisedTitle, out var seen)
            ? seen with { Count = seen.Count + 1, ExampleTitle = s.Title, BestReference = s.BestReference, LastSeenUtc = s.AtUtc }
            : new UnmatchedSighting(s.NormalisedTitle, s.Title, 1, s.BestReference, s.AtUtc, s.AtUtc);

    private async Task WriteAsync(Dictionary<string, UnmatchedSighting> batch, CancellationToken ct)
    {
        if (batch.Count > 0)
        {
            await store.AddAsync(batch.Values, ct);
            await store.PruneAsync(clock.GetUtcNow().UtcDateTime, ct);
        }
    }

    public void Dispose() => flushing.Dispose();
}
