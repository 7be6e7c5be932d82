using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>The standards an import run changed, by the change log: what the observers that flag council data look at.</summary>
public static class ChangedStandards
{
    public static Task<List<string>> OfRunAsync(RoleMapperDbContext db, ImportRun run, CancellationToken ct) =>
        db.StandardChanges.Where(c => c.ImportRunId == run.Id).Select(c => c.Reference).Distinct().ToListAsync(ct);
}
