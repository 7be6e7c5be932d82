using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Jobs;

/// <summary>
/// Takes, renews and releases <see cref="JobLease"/> rows. A lease's row stays once made: taking a free or expired lease
/// is one conditional UPDATE, which the database lets exactly one contender win, on SQLite and PostgreSQL alike, and
/// asking for a held one changes nothing and throws nothing. Only the very first use of a name INSERTs the row, where
/// the primary key decides a race.
/// </summary>
public sealed class JobLeaseStore(IDbContextFactory<RoleMapperDbContext> contexts, TimeProvider clock, ILogger<JobLeaseStore>? logger = null)
{
    private static readonly string ProcessHolder = $"{Environment.MachineName}:{Environment.ProcessId}";

    private TimeProvider Clock { get; } = clock;
    private ILogger? Logger { get; } = logger;

    /// <summary>The lease, or null when someone else holds it and it has not expired.</summary>
    /// <param name="renew">
    /// Renew the lease every third of <paramref name="duration"/> until it is released, for work that may run longer
    /// than that. A holder that dies stops renewing, so its lease is free within <paramref name="duration"/>.
    /// </param>
    public async Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct, bool renew = false)
    {
        var holder = $"{ProcessHolder}:{Guid.NewGuid():N}";
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var takenOver = await db.JobLeases
            .Where(l => l.Name == name && l.ExpiresUtc <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.AcquiredUtc, now)
                .SetProperty(l => l.ExpiresUtc, now + duration), ct);
        if (takenOver == 0)
        {
            if (await db.JobLeases.AnyAsync(l => l.Name == name, ct))
            {
                // Held and not expired: asked and answered without a failed write.
                return null;
            }
            db.JobLeases.Add(new JobLease { Name = name, Holder = holder, AcquiredUtc = now, ExpiresUtc = now + duration });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // The primary key says someone else inserted it first: they hold the lease. Any other failure is not
                // "held elsewhere" and propagates.
                return null;
            }
        }
        return new Lease(this, name, holder, duration, renew);
    }

    /// <summary>Who holds a lease now, for messages such as "an import is already running"; null when it is free.</summary>
    public async Task<JobLease?> FindAsync(string name, CancellationToken ct)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.JobLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name && l.ExpiresUtc > now, ct);
    }

    /// <summary>Extends the holder's lease; false when it is no longer the holder's (it expired and another took it).</summary>
    private async Task<bool> RenewAsync(string name, string holder, TimeSpan duration, CancellationToken ct)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, now + duration), ct) == 1;
    }

    /// <summary>Frees the holder's lease (it expires now); a holder whose lease was taken over frees nothing.</summary>
    private async Task ReleaseAsync(string name, string holder)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder && l.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, now));
    }

    public sealed class Lease : IAsyncDisposable
    {
        private readonly JobLeaseStore store;
        private readonly CancellationTokenSource stopRenewing = new();
        private readonly CancellationTokenSource lost = new();
        private readonly Task renewing;

        internal Lease(JobLeaseStore store, string name, string holder, TimeSpan duration, bool renew)
        {
            this.store = store;
            Name = name;
            Holder = holder;
            renewing = renew ? RenewAsync(duration, stopRenewing.Token) : Task.CompletedTask;
        }

        public string Name { get; }
        public string Holder { get; }

        /// <summary>
        /// Cancelled when a renewal finds the lease taken by another holder (this one stopped renewing long enough for it
        /// to expire): work done under the lease should stop, since it is no longer the only one.
        /// </summary>
        public CancellationToken Lost => lost.Token;

        public async ValueTask DisposeAsync()
        {
            await stopRenewing.CancelAsync();
            await renewing;
            await store.ReleaseAsync(Name, Holder);
            stopRenewing.Dispose();
            lost.Dispose();
        }

        private async Task RenewAsync(TimeSpan duration, CancellationToken stop)
        {
            // A periodic timer, made before the first await: its ticks come every third of the duration however long a
            // renewal takes, and a tick that comes while a renewal is still running is kept for the next wait, not lost.
            using var timer = new PeriodicTimer(duration / 3, store.Clock);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    // False only once the timer is disposed, which is after this loop.
                    await timer.WaitForNextTickAsync(stop);
                    if (!await store.RenewAsync(Name, Holder, duration, stop))
                    {
                        store.Logger?.LogWarning("The lease {Lease} of {Holder} was taken by another holder; its work stops", Name, Holder);
                        await lost.CancelAsync();
                        return;
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    // A database that is busy for a moment: the lease lasts three renewals, so try again at the next.
                    store.Logger?.LogWarning(e, "Renewing the lease {Lease} failed; trying again", Name);
                }
            }
        }
    }
}
