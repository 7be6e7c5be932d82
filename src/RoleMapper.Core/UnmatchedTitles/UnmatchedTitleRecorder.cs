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
    public bool Record(MatchResult result)
    {
        if (!result.IsWeak || result.NormalisedTitle.Length == 0)
        {
            return false;
        }
        return queue.Writer.TryWrite(new Sighting(result.NormalisedTitle, result.Title, result.Best?.Reference, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Writes everything queued so far, added up per normalised title; returns how many titles were written.</summary>
    public async Task<int> FlushAsync(CancellationToken ct = default)
    {
        await flushing.WaitAsync(ct);
        try
        {
            var batch = new Dictionary<string, UnmatchedSighting>(StringComparer.Ordinal);
            while (queue.Reader.TryRead(out var s))
            {
                batch[s.NormalisedTitle] = batch.TryGetValue(s.NormalisedTitle, out var seen)
                    ? seen with { Count = seen.Count + 1, ExampleTitle = s.Title, BestReference = s.BestReference, LastSeenUtc = s.AtUtc }
                    : new UnmatchedSighting(s.NormalisedTitle, s.Title, 1, s.BestReference, s.AtUtc, s.AtUtc);
            }
            if (batch.Count > 0)
            {
                await store.AddAsync(batch.Values, ct);
                await store.PruneAsync(clock.GetUtcNow().UtcDateTime, ct);
            }
            return batch.Count;
        }
        finally
        {
            flushing.Release();
        }
    }

    public void Dispose() => flushing.Dispose();
}
