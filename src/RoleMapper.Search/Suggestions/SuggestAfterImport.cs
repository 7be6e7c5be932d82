using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RoleMapper.Core.Data;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Search.Suggestions;

/// <summary>
/// After an import in this process, refreshes the suggestions of every council's roles: standards came, went or were
/// renamed. Registered after <see cref="RebuildIndexAfterImport"/>, so the matcher already reads the new data.
/// Each council gets its own context scoped to it, so the tenancy check of saving holds.
/// The suggestions (and so the matcher, whose tables take half a second to load) are made only when an import
/// succeeds: the importer builds its observers, and commands that never import (export) should not pay for them.
/// </summary>
public sealed class SuggestAfterImport(IDbContextFactory<RoleMapperDbContext> contexts, Lazy<RoleSuggestions> suggestions,
    ILogger<SuggestAfterImport> logger) : IImportObserver
{
    public async Task OnImportSucceededAsync(ImportRun run, CancellationToken ct)
    {
        List<int> councils;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            // Across councils on purpose: an import belongs to none of them.
            councils = await db.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
                .Select(r => r.OrganisationId).Distinct().ToListAsync(ct);
        }
        foreach (var council in councils)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            db.ScopeToOrganisation(council);
            var changed = await suggestions.Value.RefreshAsync(db, roleIds: null, ct);
            logger.LogInformation("Import {RunId}: {Changed} suggestions changed for organisation {Council}", run.Id, changed, council);
        }
    }
}
