using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleMapper.Core.Data;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// After an import in this process, refreshes the suggestions of every council's roles: standards came, went or were
/// renamed. It runs at the <see cref="ImportObserverOrder.Workspace"/> stage, after the search index was rebuilt, so
/// the matcher already reads the new data. Each council gets a scope of its own, with the context scoped to it, so the
/// tenancy check of saving holds. The suggestions (and so the matcher, whose tables take half a second to load) are made
/// only when an import succeeds: commands that never import (export) do not pay for them.
/// </summary>
public sealed class SuggestAfterImport(IServiceScopeFactory scopes, IDbContextFactory<RoleMapperDbContext> contexts,
    ILogger<SuggestAfterImport> logger) : IImportObserver
{
    public ImportObserverOrder Order => ImportObserverOrder.Workspace;

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
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RoleMapperDbContext>().ScopeToOrganisation(council);
            var changed = await scope.ServiceProvider.GetRequiredService<RoleSuggestions>().RefreshAllAsync(ct);
            logger.LogInformation("Import {RunId}: {Changed} suggestions changed for organisation {Council}", run.Id, changed, council);
        }
    }
}
