using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// The frame of every observer that flags council data after an import (mapped roles, plan lines): at the Workspace
/// stage, in a context of its own, it reads the standards the run changed from the change log and hands them on, or
/// does nothing when the run changed none. What to flag, and why, is the derived class's.
/// </summary>
public abstract class ChangedStandardsObserver(IDbContextFactory<RoleMapperDbContext> contexts) : IImportObserver
{
    public ImportObserverOrder Order => ImportObserverOrder.Workspace;

    public async Task OnImportSucceededAsync(ImportRun run, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var changed = await db.StandardChanges.Where(c => c.ImportRunId == run.Id).Select(c => c.Reference).Distinct().ToListAsync(ct);
        if (changed.Count > 0)
        {
            await OnStandardsChangedAsync(db, run, changed, ct);
        }
    }

    /// <summary>Flags what depends on <paramref name="changed"/> (never empty), in every council: an import belongs to none.</summary>
    protected abstract Task OnStandardsChangedAsync(RoleMapperDbContext db, ImportRun run, List<string> changed, CancellationToken ct);
}
