using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Jobs;

/// <summary>
/// Takes and releases <see cref="JobLease"/> rows. Taking a lease is one conditional UPDATE (for an expired lease) or
/// one INSERT (for a new one); the database lets exactly one contender win either, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class JobLeaseStore(IDbContextFactory<RoleMapperDbContext> contexts, TimeProvider clock)
{
    private static readonly string ProcessHolder = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>The lease, or null when someone else holds it and it has not expired.</summary>
    public async Task<Lease?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct)
    {
        var holder = $"{ProcessHolder}:{Guid.NewGuid():N}";
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var takenOver = await db.JobLeases
            .Where(l => l.Name == name && l.ExpiresUtc < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.AcquiredUtc, now)
                .SetProperty(l => l.ExpiresUtc, now + duration), ct);
        if (takenOver == 0)
        {
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
        return new Lease(this, name, holder);
    }

    /// <summary>Who holds a lease now, for messages such as "an import is already running".</summary>
    public async Task<JobLease?> FindAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.JobLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, ct);
    }

    private async Task ReleaseAsync(string name, string holder)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.JobLeases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync();
    }

    public sealed class Lease(JobLeaseStore store, string name, string holder) : IAsyncDisposable
    {
        public string Name => name;
        public ValueTask DisposeAsync() => new(store.ReleaseAsync(name, holder));
    }
}
